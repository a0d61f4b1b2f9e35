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
use std::rc::Rc;

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
        Range {
            lo: v.into(),
            hi: v.into(),
        }
    }

    fn new(lo: i128, hi: i128) -> Range {
        // Bounds beyond ±INF/2 came from arithmetic on unbounded ones.
        let norm = |v: i128| {
            if v >= INF / 2 {
                INF
            } else if v <= -INF / 2 {
                -INF
            } else {
                v
            }
        };
        Range {
            lo: norm(lo),
            hi: norm(hi),
        }
    }

    fn hull(self, o: Range) -> Range {
        Range {
            lo: self.lo.min(o.lo),
            hi: self.hi.max(o.hi),
        }
    }

    /// Whether every value lies in `[lo, hi]`.
    pub fn within(self, lo: i128, hi: i128) -> bool {
        self.lo >= lo && self.hi <= hi
    }

    /// Whether every value fits the tagged small-int encoding.
    pub fn is_small(self) -> bool {
        self.within(-(1 << 62), (1 << 62) - 1)
    }

    /// The range intersected with the `i64` values (what a raw `i64` can hold).
    pub fn clamp_i64(self) -> Range {
        Range::new(self.lo.max(i64::MIN.into()), self.hi.min(i64::MAX.into()))
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
            if a.lo > -INF && b.lo > -INF {
                a.lo + b.lo
            } else {
                -INF
            },
            if a.hi < INF && b.hi < INF {
                a.hi + b.hi
            } else {
                INF
            },
        ),
        IntOp::Sub => Range::new(
            if a.lo > -INF && b.hi < INF {
                a.lo - b.hi
            } else {
                -INF
            },
            if a.hi < INF && b.lo > -INF {
                a.hi - b.lo
            } else {
                INF
            },
        ),
        IntOp::Mul if bounded(a) && bounded(b) => {
            let p = [a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi];
            Range::new(
                *p.iter().min().unwrap_or(&-INF),
                *p.iter().max().unwrap_or(&INF),
            )
        }
        // Non-negative factors, one unbounded: at least the product of the
        // lower bounds.
        IntOp::Mul if a.lo >= 0 && b.lo >= 0 => Range::new(a.lo.saturating_mul(b.lo), INF),
        IntOp::FloorDiv if b.lo == b.hi && b.lo > 0 => {
            let d = b.lo;
            Range::new(
                if a.lo > -INF {
                    a.lo.div_euclid(d)
                } else {
                    -INF
                },
                if a.hi < INF { a.hi.div_euclid(d) } else { INF },
            )
        }
        // Python's `%` takes the divisor's sign: a positive divisor bounds it.
        IntOp::Mod if b.lo > 0 && b.hi < INF => Range::new(0, b.hi - 1),
        IntOp::And if b.lo >= 0 && b.hi < INF => Range::new(0, b.hi),
        IntOp::And if a.lo >= 0 && a.hi < INF => Range::new(0, a.hi),
        IntOp::RShift if b.lo == b.hi && (0..64).contains(&b.lo) && bounded(a) => {
            Range::new(a.lo >> b.lo, a.hi >> b.lo)
        }
        _ => Range::TOP,
    }
}

/// What the analysis knows at a point: a range per int local, and for
/// `bool` locals holding an int comparison, which comparison (so that a
/// branch on it narrows the compared locals on each side). Only int and
/// bool locals have a slot: a function with thousands of object
/// temporaries (a big display) and thousands of blocks stays small.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// Local index → slot in `ranges` and `conds` ([`UNTRACKED`] if none),
    /// shared by every state of a function.
    slots: Rc<[u32]>,
    ranges: Vec<Range>,
    conds: Vec<Option<(CmpOp, Local, Local)>>,
    /// Envelopes of range-loop counters (see [`COUNTER_REACH`]).
    counters: Vec<(Local, Range)>,
}

/// How far a range loop's counter may move from its start, step +1 or -1:
/// 2^60 iterations would take a loop doing nothing more than thirty years,
/// so within any run the counter stays this close to where it started. With
/// a start within ±2^60 the counter is therefore always a small int, which
/// lets the code generator drop its tag tests and reference counts even when
/// the loop's bound is unknown. (Python would make the counter a bigint past
/// 2^62; no program runs long enough to get there.)
pub const COUNTER_REACH: i128 = 1 << 60;

/// The slot of a local that the analysis does not track.
const UNTRACKED: u32 = u32::MAX;

/// The slot map of `f`: its int and bool locals numbered in order.
fn slots_of(f: &Function) -> (Rc<[u32]>, usize) {
    let mut n = 0;
    let slots = f
        .locals
        .iter()
        .map(|l| {
            if matches!(l.ty, Ty::Int | Ty::Bool) {
                n += 1;
                n as u32 - 1
            } else {
                UNTRACKED
            }
        })
        .collect();
    (slots, n as usize)
}

impl State {
    fn top(slots: Rc<[u32]>, n: usize) -> State {
        State {
            slots,
            ranges: vec![Range::TOP; n],
            conds: vec![None; n],
            counters: Vec::new(),
        }
    }

    /// The slot of `l`, if it is tracked.
    fn slot(&self, l: Local) -> Option<usize> {
        match self.slots.get(l.index()) {
            Some(&s) if s != UNTRACKED => Some(s as usize),
            _ => None,
        }
    }

    /// The range of local `l` (`TOP` for non-int locals).
    pub fn get(&self, l: Local) -> Range {
        let r = self
            .slot(l)
            .and_then(|s| self.ranges.get(s).copied())
            .unwrap_or(Range::TOP);
        match self.counters.iter().find(|(c, _)| *c == l) {
            Some((_, e)) => Range {
                lo: r.lo.max(e.lo),
                hi: r.hi.min(e.hi),
            },
            None => r,
        }
    }

    fn join(&self, o: &State) -> State {
        State {
            slots: self.slots.clone(),
            ranges: self
                .ranges
                .iter()
                .zip(&o.ranges)
                .map(|(a, b)| a.hull(*b))
                .collect(),
            conds: self
                .conds
                .iter()
                .zip(&o.conds)
                .map(|(a, b)| if a == b { *a } else { None })
                .collect(),
            // An envelope holds on every path or not at all.
            counters: self
                .counters
                .iter()
                .filter(|c| o.counters.contains(c))
                .copied()
                .collect(),
        }
    }

    /// Forgets comparisons that mention `l` (it was just redefined).
    fn invalidate(&mut self, l: Local) {
        for c in self.conds.iter_mut() {
            if matches!(c, Some((_, a, b)) if *a == l || *b == l) {
                *c = None;
            }
        }
    }

    /// Narrows the ranges after a branch on `cond` went the `taken` way.
    fn assume(&mut self, cond: Local, taken: bool) {
        let Some((op, a, b)) = self
            .slot(cond)
            .and_then(|s| self.conds.get(s).copied().flatten())
        else {
            return;
        };
        let op = if taken { op } else { negate(op) };
        let (ra, rb) = (self.get(a), self.get(b));
        let (na, nb) = match op {
            CmpOp::Lt => (
                Range::new(ra.lo, ra.hi.min(rb.hi - 1)),
                Range::new(rb.lo.max(ra.lo + 1), rb.hi),
            ),
            CmpOp::Le => (
                Range::new(ra.lo, ra.hi.min(rb.hi)),
                Range::new(rb.lo.max(ra.lo), rb.hi),
            ),
            CmpOp::Gt => (
                Range::new(ra.lo.max(rb.lo + 1), ra.hi),
                Range::new(rb.lo, rb.hi.min(ra.hi - 1)),
            ),
            CmpOp::Ge => (
                Range::new(ra.lo.max(rb.lo), ra.hi),
                Range::new(rb.lo, rb.hi.min(ra.hi)),
            ),
            CmpOp::Eq => {
                let m = Range::new(ra.lo.max(rb.lo), ra.hi.min(rb.hi));
                (m, m)
            }
            _ => (ra, rb),
        };
        // An empty range means the branch is dead; keep the old facts then.
        if let (true, Some(sa), Some(sb)) =
            (na.lo <= na.hi && nb.lo <= nb.hi, self.slot(a), self.slot(b))
        {
            self.ranges[sa] = na;
            self.ranges[sb] = nb;
        }
    }
}

fn negate(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Ge,
        CmpOp::Le => CmpOp::Gt,
        CmpOp::Gt => CmpOp::Le,
        CmpOp::Ge => CmpOp::Lt,
        CmpOp::Eq => CmpOp::Ne,
        CmpOp::Ne => CmpOp::Eq,
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
    }
}

/// Applies one instruction to `state`.
pub fn transfer(f: &Function, inst: &Inst, state: &mut State) {
    if let Op::CounterBound(c, step) = inst.op {
        let start = state.get(c);
        if start.lo > -INF && start.hi < INF && !state.counters.iter().any(|(l, _)| *l == c) {
            let e = if step > 0 {
                Range::new(start.lo, start.hi + COUNTER_REACH)
            } else {
                Range::new(start.lo - COUNTER_REACH, start.hi)
            };
            state.counters.push((c, e));
        }
        return;
    }
    let Some(d) = inst.dst else { return };
    state.invalidate(d);
    let Some(ds) = state.slot(d) else { return };
    state.conds[ds] = match &inst.op {
        Op::IntCmp(op, a, b) => Some((*op, *a, *b)),
        Op::Copy(s) => state.slot(*s).and_then(|ss| state.conds[ss]),
        _ => None,
    };
    if f.locals[d.index()].ty != Ty::Int {
        return;
    }
    let r = |l: &Local, s: &State| s.get(*l);
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
        // A list's or str's length fits in memory: small and non-negative.
        Op::ListLen(_) | Op::StrLen(_) => Range::new(0, 1 << 48),
        _ => Range::TOP,
    };
    state.ranges[ds] = v;
}

/// For each block that heads a loop (the target of a back edge, depth-first
/// from the entry), the locals assigned inside that loop; `None` elsewhere.
/// Each block's position in a reverse postorder of the CFG from block 0
/// (unreachable blocks come last).
fn reverse_postorder_index(f: &Function) -> Vec<usize> {
    let nb = f.blocks.len();
    let mut post = Vec::with_capacity(nb);
    let mut seen = vec![false; nb];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    if nb > 0 {
        seen[0] = true;
        stack.push((0, 0));
    }
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succ = successors(&f.blocks[b].term);
        if let Some(s) = succ.get(*next) {
            *next += 1;
            if !seen[s.index()] {
                seen[s.index()] = true;
                stack.push((s.index(), 0));
            }
        } else {
            post.push(b);
            stack.pop();
        }
    }
    let mut index = vec![usize::MAX; nb];
    for (i, b) in post.iter().rev().enumerate() {
        index[*b] = i;
    }
    index
}

fn loop_heads(f: &Function) -> Vec<Option<Vec<bool>>> {
    let nb = f.blocks.len();
    let mut back_edges: Vec<(usize, usize)> = Vec::new();
    // 0 = unvisited, 1 = on the stack, 2 = done.
    let mut state = vec![0u8; nb];
    let mut stack: Vec<(usize, usize)> = Vec::new();
    if nb > 0 {
        state[0] = 1;
        stack.push((0, 0));
    }
    while let Some(&mut (b, ref mut next)) = stack.last_mut() {
        let succ = successors(&f.blocks[b].term);
        if let Some(s) = succ.get(*next) {
            *next += 1;
            match state[s.index()] {
                0 => {
                    state[s.index()] = 1;
                    stack.push((s.index(), 0));
                }
                1 => back_edges.push((b, s.index())),
                _ => {}
            }
        } else {
            state[b] = 2;
            stack.pop();
        }
    }
    let preds = crate::passes::predecessors(f);
    let mut heads: Vec<Option<Vec<bool>>> = vec![None; nb];
    for (tail, head) in back_edges {
        // The natural loop: blocks reaching the tail without passing the head.
        let mut in_loop = vec![false; nb];
        in_loop[head] = true;
        let mut work = vec![tail];
        while let Some(b) = work.pop() {
            if !in_loop[b] {
                in_loop[b] = true;
                work.extend(preds[b].iter().copied());
            }
        }
        let defs = heads[head].get_or_insert_with(|| vec![false; f.locals.len()]);
        for (b, inside) in in_loop.iter().enumerate() {
            if *inside {
                for inst in &f.blocks[b].insts {
                    if let Some(d) = inst.dst {
                        defs[d.index()] = true;
                    }
                }
            }
        }
    }
    heads
}

/// The state at the entry of every block (unreachable blocks: all `TOP`),
/// knowing nothing about the parameters.
pub fn block_entry_states(f: &Function) -> Vec<State> {
    block_entry_states_from(f, &[])
}

/// Widening rounds: how many times a bound may grow before it goes to
/// infinity (at loop heads, and for parameters of recursive calls).
const WIDEN_AFTER: u32 = 3;

/// The state at the entry of every block when parameter `i` holds a value
/// in `params[i]` (missing entries: anything).
pub fn block_entry_states_from(f: &Function, params: &[Range]) -> Vec<State> {
    let nb = f.blocks.len();
    let (slots, n) = slots_of(f);
    let mut start = State::top(slots.clone(), n);
    for (l, r) in f.params.iter().zip(params) {
        if f.locals[l.index()].ty == Ty::Int {
            if let Some(s) = start.slot(*l) {
                start.ranges[s] = *r;
            }
        }
    }
    // Widening happens only at loop heads: elsewhere a range is what flows
    // in, so the narrowing of a loop's condition reaches its whole body.
    let heads = loop_heads(f);
    let mut entry: Vec<Option<State>> = vec![None; nb];
    entry[0] = Some(start);
    let mut visits = vec![0u32; nb];
    // Blocks are visited in reverse postorder (the pending block earliest
    // in it first), so a join is visited once all its forward predecessors
    // are done: a chain of `elif`s is one pass, not a pass per clause.
    let order = reverse_postorder_index(f);
    let mut work = std::collections::BinaryHeap::new();
    let mut queued = vec![false; nb];
    work.push(std::cmp::Reverse((order[0], 0usize)));
    queued[0] = true;
    while let Some(std::cmp::Reverse((_, b))) = work.pop() {
        queued[b] = false;
        let Some(mut state) = entry[b].clone() else {
            continue;
        };
        for inst in &f.blocks[b].insts {
            transfer(f, inst, &mut state);
        }
        let mut edges: Vec<(usize, State)> = Vec::new();
        match &f.blocks[b].term {
            Term::Branch(c, t, e) if t != e => {
                let mut st = state.clone();
                st.assume(*c, true);
                let mut se = state.clone();
                se.assume(*c, false);
                edges.push((t.index(), st));
                edges.push((e.index(), se));
            }
            term => edges.extend(
                successors(term)
                    .into_iter()
                    .map(|s| (s.index(), state.clone())),
            ),
        }
        for (si, out) in edges {
            let merged = match &entry[si] {
                None => out,
                Some(old) => {
                    let mut m = old.join(&out);
                    if let Some(defs) = heads[si].as_ref().filter(|_| visits[si] >= WIDEN_AFTER) {
                        // Widen bounds that are still moving, of the locals
                        // the loop assigns (others are bounded where they
                        // are assigned).
                        for (&slot, _) in slots
                            .iter()
                            .zip(defs)
                            .filter(|(s, d)| **d && **s != UNTRACKED)
                        {
                            let (mi, oi) =
                                (&mut m.ranges[slot as usize], old.ranges[slot as usize]);
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
                if !queued[si] {
                    queued[si] = true;
                    work.push(std::cmp::Reverse((order[si], si)));
                }
            }
        }
    }
    entry
        .into_iter()
        .map(|e| e.unwrap_or_else(|| State::top(slots.clone(), n)))
        .collect()
}

/// The ranges of every function's parameters, from the direct calls of
/// the whole program: a parameter holds what some call passes it.
///
/// Sound because every call of a function is visible: a direct call is an
/// `Op::Call` somewhere in the program, and a function that can be reached
/// any other way (as a value: `FuncRef`, called by the runtime or through a
/// variable) gets `TOP` for every parameter. A function no call reaches
/// keeps `TOP` too. Recursive calls widen like loops.
pub fn param_ranges(p: &Program) -> Vec<Vec<Range>> {
    let n = p.funcs.len();
    let top = |f: &Function| vec![Range::TOP; f.params.len()];
    let mut known: Vec<Option<Vec<Range>>> = vec![None; n];
    known[p.main.index()] = Some(top(&p.funcs[p.main.index()]));
    for f in &p.funcs {
        for inst in f.blocks.iter().flat_map(|b| &b.insts) {
            if let Op::FuncRef(g, _) = &inst.op {
                known[g.index()] = Some(top(&p.funcs[g.index()]));
            }
        }
    }
    let mut rounds = vec![0u32; n];
    let mut work: Vec<usize> = (0..n).filter(|&i| known[i].is_some()).collect();
    while let Some(fi) = work.pop() {
        let Some(params) = known[fi].clone() else {
            continue;
        };
        let f = &p.funcs[fi];
        let entry = block_entry_states_from(f, &params);
        for (block, mut state) in f.blocks.iter().zip(entry) {
            for inst in &block.insts {
                if let Op::Call(g, args) = &inst.op {
                    let gi = g.index();
                    let callee = &p.funcs[gi];
                    let passed: Vec<Range> = if args.len() == callee.params.len() {
                        args.iter().map(|a| state.get(*a)).collect()
                    } else {
                        top(callee)
                    };
                    let merged = match &known[gi] {
                        None => passed,
                        Some(old) => old
                            .iter()
                            .zip(&passed)
                            .map(|(o, a)| {
                                let mut m = o.hull(*a);
                                if rounds[gi] >= WIDEN_AFTER {
                                    if m.lo < o.lo {
                                        m.lo = -INF;
                                    }
                                    if m.hi > o.hi {
                                        m.hi = INF;
                                    }
                                }
                                m
                            })
                            .collect(),
                    };
                    if known[gi].as_ref() != Some(&merged) {
                        known[gi] = Some(merged);
                        rounds[gi] += 1;
                        work.push(gi);
                    }
                }
                transfer(f, inst, &mut state);
            }
        }
    }
    known
        .into_iter()
        .zip(&p.funcs)
        .map(|(k, f)| k.unwrap_or_else(|| top(f)))
        .collect()
}
