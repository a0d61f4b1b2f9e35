//! Integer value ranges: a forward interval analysis over a function's
//! `int` locals.
//!
//! A range says which mathematical values a local can hold at a point,
//! whatever its representation (a tagged word or a raw `i64`). Code
//! generation uses it to drop checks that cannot fail: an `int` whose range
//! fits the small-int encoding needs no tag test and no reference count, and
//! an operation whose result range fits needs no overflow check. Loops are
//! handled by widening: a bound still moving after a few rounds goes to
//! infinity.

use crate::mir::*;
use crate::passes::successors;

/// Stands for an unbounded side of an interval.
pub const INF: i128 = 1 << 100;

/// An inclusive interval of integers; `[-INF, INF]` is "anything".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    /// Lower bound (or `-INF`).
    pub lo: i128,
    /// Upper bound (or `INF`).
    pub hi: i128,
}

impl Range {
    /// Any value.
    pub const TOP: Range = Range { lo: -INF, hi: INF };

    /// Exactly `v`.
    pub fn exact(v: i64) -> Range {
        Range { lo: v.into(), hi: v.into() }
    }

    fn new(lo: i128, hi: i128) -> Range {
        Range { lo: lo.clamp(-INF, INF), hi: hi.clamp(-INF, INF) }
    }

    fn hull(self, o: Range) -> Range {
        Range { lo: self.lo.min(o.lo), hi: self.hi.max(o.hi) }
    }

    /// Whether every value lies in `[lo, hi]`.
    pub fn within(self, lo: i128, hi: i128) -> bool {
        self.lo >= lo && self.hi <= hi
    }

    /// Whether every value fits the tagged small-int encoding.
    pub fn is_small(self) -> bool {
        self.within(-(1 << 62), (1 << 62) - 1)
    }

    /// Whether every value fits an `i64`.
    pub fn fits_i64(self) -> bool {
        self.within(i64::MIN.into(), i64::MAX.into())
    }
}

/// The range of an int operation's result given its operands' ranges.
pub fn int_op_range(op: IntOp, a: Range, b: Range) -> Range {
    let bounded = |r: Range| r.lo > -INF && r.hi < INF;
    match op {
        IntOp::Add if bounded(a) && bounded(b) => Range::new(a.lo + b.lo, a.hi + b.hi),
        IntOp::Add => Range::new(
            if a.lo > -INF && b.lo > -INF { a.lo + b.lo } else { -INF },
            if a.hi < INF && b.hi < INF { a.hi + b.hi } else { INF },
        ),
        IntOp::Sub => Range::new(
            if a.lo > -INF && b.hi < INF { a.lo - b.hi } else { -INF },
            if a.hi < INF && b.lo > -INF { a.hi - b.lo } else { INF },
        ),
        IntOp::Mul if bounded(a) && bounded(b) => {
            let p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
            Range::new(*p.iter().min().unwrap_or(&-INF), *p.iter().max().unwrap_or(&INF))
        }
        IntOp::FloorDiv if b.lo == b.hi && b.lo > 0 => {
            let d = b.lo;
            Range::new(if a.lo > -INF { a.lo.div_euclid(d) } else { -INF }, if a.hi < INF { a.hi.div_euclid(d) } else { INF })
        }
        // Python's `%` takes the divisor's sign: a positive divisor bounds it.
        IntOp::Mod if b.lo > 0 && b.hi < INF => Range::new(0, b.hi - 1),
        IntOp::And if b.lo >= 0 && b.hi < INF => Range::new(0, b.hi),
        IntOp::And if a.lo >= 0 && a.hi < INF => Range::new(0, a.hi),
        IntOp::RShift if b.lo == b.hi && (0..64).contains(&b.lo) && bounded(a) => Range::new(a.lo >> b.lo, a.hi >> b.lo),
        _ => Range::TOP,
    }
}

/// The ranges of every local, updated instruction by instruction.
pub type State = Vec<Range>;

/// Applies one instruction to `state`.
pub fn transfer(f: &Function, inst: &Inst, state: &mut State) {
    let Some(d) = inst.dst else { return };
    if f.locals[d.index()].ty != Ty::Int {
        return;
    }
    let r = |l: &Local, s: &State| s[l.index()];
    let v = match &inst.op {
        Op::ConstInt(c) => Range::exact(*c),
        Op::Copy(s) if f.locals[s.index()].ty == Ty::Int => r(s, state),
        Op::Int(op, a, b) => int_op_range(*op, r(a, state), r(b, state)),
        Op::IntNeg(a) => {
            let x = r(a, state);
            Range::new(-x.hi, -x.lo)
        }
        Op::IntInvert(a) => {
            let x = r(a, state);
            Range::new(-x.hi - 1, -x.lo - 1)
        }
        Op::BoolToInt(_) => Range::new(0, 1),
        _ => Range::TOP,
    };
    state[d.index()] = v;
}

/// The state at the entry of every block (unreachable blocks: all `TOP`).
pub fn block_entry_states(f: &Function) -> Vec<State> {
    let n = f.locals.len();
    let nb = f.blocks.len();
    let mut entry: Vec<Option<State>> = vec![None; nb];
    entry[0] = Some(vec![Range::TOP; n]);
    let mut visits = vec![0u32; nb];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        let Some(mut state) = entry[b].clone() else { continue };
        for inst in &f.blocks[b].insts {
            transfer(f, inst, &mut state);
        }
        for s in successors(&f.blocks[b].term) {
            let si = s.index();
            let merged = match &entry[si] {
                None => state.clone(),
                Some(old) => {
                    let mut m: State = old.iter().zip(&state).map(|(a, b)| a.hull(*b)).collect();
                    if visits[si] >= 3 {
                        // Widen bounds that are still moving.
                        for (mi, oi) in m.iter_mut().zip(old) {
                            if mi.lo < oi.lo {
                                mi.lo = -INF;
                            }
                            if mi.hi > oi.hi {
                                mi.hi = INF;
                            }
                        }
                    }
                    m
                }
            };
            if entry[si].as_ref() != Some(&merged) {
                entry[si] = Some(merged);
                visits[si] += 1;
                work.push(si);
            }
        }
    }
    entry.into_iter().map(|e| e.unwrap_or_else(|| vec![Range::TOP; n])).collect()
}
