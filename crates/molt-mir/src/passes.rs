//! MIR passes.

use crate::mir::*;

/// Removes `CheckBound` on locals that are assigned on every path to the
/// check (a forward "definitely assigned" dataflow). Parameters are assigned
/// on entry; `ConstUnbound` does not count as an assignment.
pub fn remove_redundant_bound_checks(f: &mut Function) {
    let n = f.locals.len();
    let nb = f.blocks.len();
    let full = vec![true; n];
    // in[b]: locals definitely assigned at entry of b (top = all, for the meet).
    let mut inn: Vec<Vec<bool>> = vec![full.clone(); nb];
    let mut entry = vec![false; n];
    for p in &f.params {
        entry[p.index()] = true;
    }
    inn[0] = entry;
    let preds = predecessors(f);
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..nb {
            if b != 0 {
                let mut meet = full.clone();
                let mut any = false;
                for &p in &preds[b] {
                    let out = transfer(f, p, &inn[p]);
                    any = true;
                    for i in 0..n {
                        meet[i] &= out[i];
                    }
                }
                if !any {
                    continue;
                }
                if meet != inn[b] {
                    inn[b] = meet;
                    changed = true;
                }
            }
        }
    }
    for (b, block) in f.blocks.iter_mut().enumerate() {
        let mut assigned = inn[b].clone();
        block.insts.retain(|inst| {
            let keep = match &inst.op {
                Op::CheckBound(l, ExcKind::UnboundLocalError, _) => !assigned[l.index()],
                _ => true,
            };
            if let Some(d) = inst.dst {
                if !matches!(inst.op, Op::ConstUnbound) {
                    assigned[d.index()] = true;
                }
            }
            keep
        });
    }
}

/// Folds `DecRef`s that directly follow an int operation and release its
/// operands into the operation itself ([`Inst::releases`]). The operation's
/// fast path has already proved those operands small (nothing to release),
/// so the release costs nothing there and runs only on the slow path.
pub fn fuse_int_releases(f: &mut Function) {
    let ty = |l: Local, f: &Function| f.locals[l.index()].ty;
    for bi in 0..f.blocks.len() {
        let mut i = 0;
        while i < f.blocks[bi].insts.len() {
            let operands: Vec<Local> = match &f.blocks[bi].insts[i].op {
                Op::Int(o, a, b) if *o != IntOp::Pow => vec![*a, *b],
                Op::IntCmp(_, a, b) => vec![*a, *b],
                Op::IntNeg(a) | Op::IntToFloat(a) => vec![*a],
                _ => Vec::new(),
            };
            let dst = f.blocks[bi].insts[i].dst;
            let mut j = i + 1;
            while let Some(Inst {
                op: Op::DecRef(l), ..
            }) = f.blocks[bi].insts.get(j)
            {
                let l = *l;
                let inst = &f.blocks[bi].insts[i];
                if !operands.contains(&l)
                    || inst.releases.contains(&l)
                    || Some(l) == dst
                    || ty(l, f) != Ty::Int
                {
                    break;
                }
                f.blocks[bi].insts[i].releases.push(l);
                f.blocks[bi].insts.remove(j);
                // `j` now indexes the next instruction.
                let _ = &mut j;
            }
            // `x = x op y` (and `x op= y`) lowers to
            //     r = op x, y; old = copy x; x = copy r; decref old
            // Nothing between the op and the release can raise, so the op may
            // release the old `x` itself, on its slow path only.
            let insts = &f.blocks[bi].insts;
            if let [a, b, c] = insts.get(i + 1..i + 4).unwrap_or(&[]) {
                if let (Some(old), Op::Copy(x), Some(x2), Op::Copy(_), Op::DecRef(d)) =
                    (a.dst, &a.op, b.dst, &b.op, &c.op)
                {
                    let x = *x;
                    if x2 == x
                        && *d == old
                        && operands.contains(&x)
                        && ty(x, f) == Ty::Int
                        && !insts[i].releases.contains(&x)
                    {
                        f.blocks[bi].insts[i].releases.push(x);
                        f.blocks[bi].insts.remove(i + 3);
                    }
                }
            }
            i += 1;
        }
    }
}

fn transfer(f: &Function, b: usize, inn: &[bool]) -> Vec<bool> {
    let mut out = inn.to_vec();
    for inst in &f.blocks[b].insts {
        if let Some(d) = inst.dst {
            if !matches!(inst.op, Op::ConstUnbound) {
                out[d.index()] = true;
            }
        }
    }
    out
}

/// Normal-flow predecessors of each block (unwind edges carry no assignments
/// that matter here: unwind blocks only release and propagate).
pub fn predecessors(f: &Function) -> Vec<Vec<usize>> {
    let mut preds = vec![Vec::new(); f.blocks.len()];
    for (i, b) in f.blocks.iter().enumerate() {
        for s in successors(&b.term) {
            preds[s.index()].push(i);
        }
        for inst in &b.insts {
            if let Some(u) = inst.unwind {
                preds[u.index()].push(i);
            }
        }
    }
    preds
}

/// The successors of a terminator.
pub fn successors(t: &Term) -> Vec<Block> {
    match t {
        Term::Goto(b) => vec![*b],
        Term::Branch(_, a, b) => vec![*a, *b],
        Term::Return(_) | Term::Unwind { .. } | Term::Unreachable => vec![],
    }
}
