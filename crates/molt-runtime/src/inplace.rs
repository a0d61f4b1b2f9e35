//! Augmented assignment on objects (`a op= b`): mutable containers are
//! updated in place and returned; everything else gets the plain operator.

use crate::exc::{ret, PyResult};
use crate::ops::{binop, BinOp};
use crate::Value;

/// `a op= b`: the new value of `a` (a new reference).
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        BinOp::Add => crate::list::inplace_add(a, b),
        BinOp::Mul => crate::list::inplace_mul(a, b),
        _ => binop(op, a, b),
    }
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
    molt_inplace_and => BinOp::And, "`a &= b`.";
    molt_inplace_or => BinOp::Or, "`a |= b`.";
    molt_inplace_xor => BinOp::Xor, "`a ^= b`.";
}
