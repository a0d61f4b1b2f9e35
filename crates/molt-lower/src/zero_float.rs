//! Accumulators that start as an int literal and then only take floats:
//! `total = 0` ... `total += price * qty`. Sema types such a variable
//! `object` (it holds the int 0, then floats), which would box every float
//! it is given. Lowering keeps it as an unboxed `f64` plus a flag saying
//! it still holds the int: arithmetic with a float operand converts an int
//! operand to a float first, so the `f64` (the literal, converted exactly)
//! is what every such operation sees; anything else reads the boxed value,
//! the int when the flag is set.

use molt_sema::hir::{self, ExprKind, LocalId, Place, Ty};

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
    crate::stmt::for_each_write(&f.body, &mut |p, value| {
        let Place::Local(l) = p else { return };
        let w = writes.entry(*l).or_default();
        let literal = value.and_then(|v| match &v.kind {
            ExprKind::Int(i) => i64::try_from(i).ok().filter(|i| i.abs() < EXACT),
            _ => None,
        });
        match (literal, value) {
            (Some(c), _) if w.literal.is_none_or(|x| x == c) => w.literal = Some(c),
            (None, Some(v)) if v.ty == Ty::Float => w.float = true,
            _ => w.other = true,
        }
    });
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
