//! Augmented assignment on objects (`a op= b`): mutable containers are
//! updated in place and returned; everything else gets the plain operator.

use crate::exc::{ret, type_error, PyResult};
use crate::ops::{binop, BinOp};
use crate::value::{view, Obj};
use crate::Value;

/// `a op= b`: the new value of `a` (a new reference).
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = crate::instance::inplace(op, a, b) {
        return r;
    }
    match op {
        BinOp::Add => match crate::bytes::inplace_add(a, b) {
            Some(r) => r,
            None => crate::list_ops::inplace_add(a, b),
        },
        BinOp::Mul => crate::list_ops::inplace_mul(a, b),
        BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
            crate::set_ops::inplace(op, a, b)
        }
        _ => fallback(op, a, b),
    }
}

/// `a op b` for an augmented assignment on values with no in-place form:
/// CPython names the augmented operator (`+=`) in the unsupported-operand
/// TypeError.
pub fn fallback(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let r = binop(op, a, b);
    if r.is_err() {
        let prefix = format!("unsupported operand type(s) for {}: ", op.error_symbol());
        let exc = crate::state::PENDING.with(|p| p.get());
        let msg = match view(exc) {
            Obj::Exc(e) if e.kind == crate::exc::EXC_TYPE_ERROR => match view(e.display) {
                Obj::Str(m) => m.strip_prefix(&prefix).map(str::to_string),
                _ => None,
            },
            _ => None,
        };
        if let Some(rest) = msg {
            crate::exc::molt_err_clear();
            return type_error(&format!(
                "unsupported operand type(s) for {}=: {rest}",
                op.error_symbol()
            ));
        }
    }
    r
}

macro_rules! export_inplace {
    ($($name:ident => $op:expr, $doc:literal;)*) => {$(
        #[doc = $doc]
        #[no_mangle]
        pub extern "C" fn $name(a: Value, b: Value) -> Value {
            ret(inplace($op, a, b))
        }
    )*};
}

export_inplace! {
    molt_inplace_add => BinOp::Add, "`a += b`.";
    molt_inplace_sub => BinOp::Sub, "`a -= b`.";
    molt_inplace_mul => BinOp::Mul, "`a *= b`.";
    molt_inplace_truediv => BinOp::TrueDiv, "`a /= b`.";
    molt_inplace_floordiv => BinOp::FloorDiv, "`a //= b`.";
    molt_inplace_mod => BinOp::Mod, "`a %= b`.";
    molt_inplace_pow => BinOp::Pow, "`a **= b`.";
    molt_inplace_lshift => BinOp::LShift, "`a <<= b`.";
    molt_inplace_rshift => BinOp::RShift, "`a >>= b`.";
    molt_inplace_and => BinOp::BitAnd, "`a &= b`.";
    molt_inplace_or => BinOp::BitOr, "`a |= b`.";
    molt_inplace_xor => BinOp::BitXor, "`a ^= b`.";
}
