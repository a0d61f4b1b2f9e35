//! Accumulators that start as an int literal and then only take floats:
//! `total = 0` ... `total += price * qty`. Sema types such a variable
//! `object` (it holds the int 0, then floats), which would box every float
//! it is given. Lowering keeps it as an unboxed `f64` plus a flag saying
//! it still holds the int: arithmetic with a float operand converts an int
//! operand to a float first, so the `f64` (the literal, converted exactly)
//! is what every such operation sees; anything else reads the boxed value,
//! the int when the flag is set.

use molt_sema::hir::{self, ExprKind, LocalId, Place, StmtKind, Ty};

use std::collections::HashMap;

/// Integers below this magnitude convert to `f64` exactly.
const EXACT: i64 = 1 << 53;

/// The user locals of `f` that qualify, each with its int literal: typed
/// `object`, not a parameter, assigned only by plain assignments whose
/// values are that one int literal or float-typed expressions, at least
/// one of each. (Hidden locals are assigned inside expressions, which this
/// does not scan; user locals never are.)
pub(crate) fn candidates(f: &hir::Function) -> HashMap<LocalId, i64> {
    let mut writes: HashMap<LocalId, Writes> = HashMap::new();
    scan(&f.body, &mut writes);
    writes
        .into_iter()
        .filter_map(|(l, w)| {
            let local = &f.locals[l.0 as usize];
            let ok = !w.other
                && w.float
                && l.0 as usize >= f.params.len()
                && local.ty == Ty::Dyn
                && !local.name.starts_with('<');
            w.literal.filter(|_| ok).map(|c| (l, c))
        })
        .collect()
}

#[derive(Default)]
struct Writes {
    /// The int literal assigned (all must agree).
    literal: Option<i64>,
    float: bool,
    /// Any other write.
    other: bool,
}

fn scan(stmts: &[hir::Stmt], out: &mut HashMap<LocalId, Writes>) {
    let other = |p: &Place, out: &mut HashMap<LocalId, Writes>| {
        if let Place::Local(l) = p {
            out.entry(*l).or_default().other = true;
        }
    };
    for s in stmts {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                let literal = match &value.kind {
                    ExprKind::Int(v) => i64::try_from(v).ok().filter(|v| v.abs() < EXACT),
                    _ => None,
                };
                for p in targets {
                    let Place::Local(l) = p else { continue };
                    let w = out.entry(*l).or_default();
                    match literal {
                        Some(c) if w.literal.is_none_or(|x| x == c) => w.literal = Some(c),
                        Some(_) => w.other = true,
                        None if value.ty == Ty::Float => w.float = true,
                        None => w.other = true,
                    }
                }
            }
            StmtKind::ParallelAssign { targets, .. } | StmtKind::Unpack { targets, .. } => {
                targets.iter().for_each(|p| other(p, out));
            }
            StmtKind::ForRange {
                target,
                body,
                orelse,
                ..
            } => {
                other(target, out);
                scan(body, out);
                scan(orelse, out);
            }
            StmtKind::ForIter {
                target,
                zipped,
                body,
                orelse,
                ..
            } => {
                other(target, out);
                zipped.iter().for_each(|(p, _)| other(p, out));
                scan(body, out);
                scan(orelse, out);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
                scan(body, out);
                scan(orelse, out);
            }
            _ => {}
        }
    }
}
