//! The MIR verifier: structural and type invariants that codegen relies on.

use crate::mir::*;

/// Checks `p`; returns every violation found (empty when valid).
pub fn verify(p: &Program) -> Vec<String> {
    let mut errs = Vec::new();
    for (fi, f) in p.funcs.iter().enumerate() {
        let mut err = |m: String| errs.push(format!("fn{fi} {:?}: {m}", f.name));
        let nl = f.locals.len();
        let nb = f.blocks.len();
        let ty = |l: &Local| f.locals.get(l.index()).map(|d| d.ty);
        for (bi, b) in f.blocks.iter().enumerate() {
            for (ii, inst) in b.insts.iter().enumerate() {
                let at = format!("bb{bi}[{ii}]");
                for l in op_uses(&inst.op).into_iter().chain(inst.dst) {
                    if l.index() >= nl {
                        err(format!("{at}: local {l} out of range"));
                    }
                }
                if let Some(u) = inst.unwind {
                    if u.index() >= nb {
                        err(format!("{at}: unwind target {u} out of range"));
                    }
                }
                if let Op::Call(callee, args) = &inst.op {
                    match p.funcs.get(callee.index()) {
                        None => err(format!("{at}: call of missing {callee}")),
                        Some(c) => {
                            if c.params.len() != args.len() {
                                err(format!(
                                    "{at}: {callee} takes {} args, got {}",
                                    c.params.len(),
                                    args.len()
                                ));
                            }
                            for (a, pl) in args.iter().zip(&c.params) {
                                if ty(a) != Some(c.locals[pl.index()].ty) {
                                    err(format!("{at}: argument {a} has the wrong representation"));
                                }
                            }
                        }
                    }
                }
                if let Op::Rt(rt, args) = &inst.op {
                    let sig = rt.sig();
                    let arity_ok = sig.varargs || args.len() == sig.params.len();
                    let types_ok = args.iter().enumerate().all(|(k, a)| {
                        let want = if sig.varargs {
                            sig.params[0]
                        } else {
                            sig.params.get(k).copied().unwrap_or(Ty::Obj)
                        };
                        ty(a) == Some(want)
                    });
                    if !rt.mir_callable() {
                        err(format!("{at}: {} is not callable from MIR", sig.symbol));
                    } else if !arity_ok || !types_ok {
                        err(format!(
                            "{at}: {} called with the wrong arguments",
                            sig.symbol
                        ));
                    }
                }
                let needs_unwind = can_raise(&inst.op);
                if needs_unwind && inst.unwind.is_none() {
                    err(format!("{at}: raising op without an unwind edge"));
                }
                match (&inst.op, inst.dst.and_then(|d| ty(&d))) {
                    (
                        Op::IntCmp(..)
                        | Op::FloatCmp(..)
                        | Op::ObjCmp(..)
                        | Op::Truthy(_)
                        | Op::Is(..)
                        | Op::BoolNot(_),
                        Some(t),
                    ) if t != Ty::Bool => {
                        err(format!("{at}: comparison result must be bool"));
                    }
                    (Op::Int(_, a, b), _) if ty(a) != Some(Ty::Int) || ty(b) != Some(Ty::Int) => {
                        err(format!("{at}: int op on non-int operands"));
                    }
                    (Op::Float(_, a, b), _)
                        if ty(a) != Some(Ty::Float) || ty(b) != Some(Ty::Float) =>
                    {
                        err(format!("{at}: float op on non-float operands"));
                    }
                    _ => {}
                }
            }
            for s in crate::passes::successors(&b.term) {
                if s.index() >= nb {
                    err(format!("bb{bi}: successor {s} out of range"));
                }
            }
            match &b.term {
                Term::Branch(c, _, _) if ty(c) != Some(Ty::Bool) => {
                    err(format!("bb{bi}: branch on non-bool {c}"))
                }
                Term::Return(v) if ty(v) != Some(f.ret) => err(format!(
                    "bb{bi}: return of {v} with the wrong representation"
                )),
                _ => {}
            }
        }
    }
    errs
}

/// Whether an op may raise (and so needs an unwind edge).
pub fn can_raise(op: &Op) -> bool {
    match op {
        Op::Int(..)
        | Op::IntTrueDiv(..)
        | Op::IntNeg(_)
        | Op::IntToFloat(_)
        | Op::ObjBin(..)
        | Op::FloatObj(..)
        | Op::ObjUnary(..)
        | Op::ObjCmp(..)
        | Op::Truthy(_)
        | Op::Call(..)
        | Op::Rt(..)
        | Op::Print(..)
        | Op::CheckBound(..)
        | Op::Raise(..)
        | Op::RaiseAssert(_)
        | Op::FuncRef(..)
        | Op::ListGet(..)
        | Op::ListSet(..)
        | Op::ListSetFloat(..)
        | Op::CheckDepth => true,
        Op::Float(o, _, _) => o.can_raise(),
        _ => false,
    }
}

/// The locals an op reads.
pub fn op_uses(op: &Op) -> Vec<Local> {
    let mut op = op.clone();
    op.locals_mut().into_iter().map(|l| *l).collect()
}
