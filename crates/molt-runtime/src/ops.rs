//! Generic operators on boxed values, with CPython's dispatch and messages.

use crate::exc::{memory_error, ret, type_error, zero_division, PyResult};
use crate::float::{float_floordiv, float_mod, float_pow, float_truediv};
use crate::int::{self, as_int, to_f64_checked, IntRef};
use crate::str::{str_concat, str_repeat};
use crate::tuple::{tuple_concat, tuple_repeat};
use crate::value::{bool_value, float_value, type_name, view, Obj};
use crate::Value;
use std::cmp::Ordering;

pub use molt_abi::BinOp;

fn unsupported<T>(op: BinOp, a: Value, b: Value) -> PyResult<T> {
    type_error(&format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.error_symbol(),
        type_name(a),
        type_name(b)
    ))
}

fn is_float(v: Value) -> bool {
    matches!(view(v), Obj::Float(_))
}

/// The payload of a float object (`None` for anything else).
#[inline]
fn float_payload(v: Value) -> Option<f64> {
    if crate::value::is_heap(v)
        && std::ptr::eq(crate::value::type_of(v), &crate::value::MOLT_TYPE_FLOAT)
    {
        // SAFETY: a live float object (checked type).
        Some(unsafe { (*(v as *const crate::value::FloatObj)).value })
    } else {
        None
    }
}

/// `a op b` when one operand is a float object and the other a float or a
/// small int (converted to `f64` as `real_to_f64` converts it, rounding to
/// nearest): untyped float code's common case, ahead of the general
/// dispatch. `None` when the operands or the operator need that dispatch.
#[inline]
fn float_fast(op: BinOp, a: Value, b: Value) -> Option<PyResult<Value>> {
    let small = |v: Value| crate::value::is_small(v).then(|| crate::value::small_of(v) as f64);
    let (x, y) = match (float_payload(a), float_payload(b)) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => (x, small(b)?),
        (None, Some(y)) => (small(a)?, y),
        (None, None) => return None,
    };
    let r = float_binop(op, x, y)?;
    Some(r.map(float_value))
}

/// `a <op> b` for ints.
pub fn int_binop(op: BinOp, x: IntRef, y: IntRef) -> PyResult<Value> {
    match op {
        BinOp::Add => Ok(int::add(x, y)),
        BinOp::Sub => Ok(int::sub(x, y)),
        BinOp::Mul => int::mul(x, y),
        BinOp::TrueDiv => match int::true_divide(x, y)? {
            Some(f) => Ok(float_value(f)),
            None => crate::exc::overflow_error("integer division result too large for a float"),
        },
        BinOp::FloorDiv => int::floordiv(x, y),
        BinOp::Mod => int::modulo(x, y),
        BinOp::Pow => {
            if y.is_negative() {
                let (fx, fy) = (to_f64_checked(x)?, to_f64_checked(y)?);
                Ok(float_value(float_pow(fx, fy)?))
            } else {
                int::pow_nonneg(x, y)
            }
        }
        BinOp::LShift => int::lshift(x, y),
        BinOp::RShift => int::rshift(x, y),
        BinOp::BitAnd => Ok(int::bitop(x, y, b'&')),
        BinOp::BitOr => Ok(int::bitop(x, y, b'|')),
        BinOp::BitXor => Ok(int::bitop(x, y, b'^')),
    }
}

/// `a <op> b` for floats; `None` for operators floats do not support.
pub fn float_binop(op: BinOp, x: f64, y: f64) -> Option<PyResult<f64>> {
    Some(match op {
        BinOp::Add => Ok(x + y),
        BinOp::Sub => Ok(x - y),
        BinOp::Mul => Ok(x * y),
        BinOp::TrueDiv => float_truediv(x, y),
        BinOp::FloorDiv => float_floordiv(x, y),
        BinOp::Mod => float_mod(x, y),
        BinOp::Pow => float_pow(x, y),
        _ => return None,
    })
}

/// The repeat count of a sequence multiplication.
fn repeat_count(n: IntRef) -> PyResult<i64> {
    match n.to_i64() {
        Some(i) => Ok(i),
        None => crate::exc::overflow_error("cannot fit 'int' into an index-sized integer"),
    }
}

/// `a <op> b` for any values.
pub fn binop(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    // Two small ints and a result that stays small: no bigint machinery.
    if crate::value::is_small(a) && crate::value::is_small(b) {
        let (x, y) = (crate::value::small_of(a), crate::value::small_of(b));
        let r = match op {
            BinOp::Add => x.checked_add(y),
            BinOp::Sub => x.checked_sub(y),
            BinOp::Mul => x.checked_mul(y),
            _ => None,
        };
        if let Some(r) = r.filter(|r| (-(1i64 << 62)..(1i64 << 62)).contains(r)) {
            return Ok(crate::value::small(r));
        }
    }
    if let Some(r) = float_fast(op, a, b) {
        return r;
    }
    if let Some(r) = crate::instance::binop(op, a, b) {
        return r;
    }
    // str + str and str * int, before the numeric checks below.
    if crate::str::as_str_obj(a).is_some() {
        match op {
            BinOp::Add if crate::str::as_str_obj(b).is_some() => return str_concat(a, b),
            BinOp::Mul if crate::value::is_small(b) => {
                return str_repeat(a, crate::value::small_of(b))
            }
            _ => {}
        }
    }
    // bool & | ^ bool stays bool.
    if let (Obj::Bool(x), Obj::Bool(y)) = (view(a), view(b)) {
        match op {
            BinOp::BitAnd => return Ok(bool_value(x & y)),
            BinOp::BitOr => return Ok(bool_value(x | y)),
            BinOp::BitXor => return Ok(bool_value(x ^ y)),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return int_binop(op, x, y);
    }
    if (is_float(a) || is_float(b))
        && (is_float(a) || as_int(a).is_some())
        && (is_float(b) || as_int(b).is_some())
    {
        let x = crate::float::real_to_f64(a)?;
        let y = crate::float::real_to_f64(b)?;
        return match float_binop(op, x, y) {
            Some(r) => Ok(float_value(r?)),
            None => unsupported(op, a, b),
        };
    }
    if let Some(r) = crate::set_ops::binop(op, a, b) {
        return r;
    }
    if op == BinOp::Add {
        if let Some(r) = crate::bytes::concat(a, b) {
            return r;
        }
    }
    if op == BinOp::Mul {
        let (seq, n) = if crate::bytes::as_bytes_like(a).is_some() {
            (a, b)
        } else {
            (b, a)
        };
        if crate::bytes::as_bytes_like(seq).is_some()
            && (seq == a || !matches!(view(a), Obj::Str(_) | Obj::Tuple(_) | Obj::List(_)))
        {
            let Some(count) = as_int(n) else {
                return type_error(&format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                ));
            };
            return crate::bytes::repeat(seq, repeat_count(count)?);
        }
    }
    match (op, view(a), view(b)) {
        (BinOp::Mod, Obj::Str(f), _) => crate::strformat::percent_format(f, b),
        (BinOp::Mod, Obj::Bytes(f), _) => {
            crate::bytes::bytes_from(&crate::strformat::bytes_percent(f, b)?)
        }
        (BinOp::Mod, Obj::ByteArray(f), _) => {
            let data = f.data().to_vec();
            Ok(crate::bytes::bytearray_from(
                crate::strformat::bytes_percent(&data, b)?,
            ))
        }
        (BinOp::Add, Obj::Str(_), Obj::Str(_)) => str_concat(a, b),
        (BinOp::Add, Obj::Str(_), _) => type_error(&format!(
            "can only concatenate str (not \"{}\") to str",
            type_name(b)
        )),
        (BinOp::Add, Obj::Tuple(x), Obj::Tuple(y)) => tuple_concat(x, y),
        (BinOp::Add, Obj::Tuple(_), _) => type_error(&format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name(b)
        )),
        (BinOp::Add, Obj::List(x), Obj::List(y)) => crate::list_ops::list_concat(x, y),
        (BinOp::Add, Obj::List(_), _) => type_error(&format!(
            "can only concatenate list (not \"{}\") to list",
            type_name(b)
        )),
        // The left operand's repeat wins, as in CPython's PyNumber_Multiply.
        (BinOp::Mul, Obj::List(l), _) => crate::list_ops::list_mul(l, b),
        (BinOp::Mul, Obj::Str(_) | Obj::Tuple(_), _)
        | (BinOp::Mul, _, Obj::Str(_) | Obj::Tuple(_)) => {
            let (seq, n) = if matches!(view(a), Obj::Str(_) | Obj::Tuple(_)) {
                (a, b)
            } else {
                (b, a)
            };
            let Some(count) = as_int(n) else {
                return type_error(&format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(n)
                ));
            };
            let count = repeat_count(count)?;
            match view(seq) {
                Obj::Str(_) => str_repeat(seq, count),
                Obj::Tuple(items) => tuple_repeat(items, count),
                _ => memory_error(),
            }
        }
        (BinOp::Mul, _, Obj::List(l)) => crate::list_ops::list_mul(l, a),
        _ => unsupported(op, a, b),
    }
}

/// A comparison operator.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Ne,
}

impl From<CmpOp> for molt_abi::CmpOp {
    fn from(op: CmpOp) -> Self {
        match op {
            CmpOp::Lt => molt_abi::CmpOp::Lt,
            CmpOp::Le => molt_abi::CmpOp::Le,
            CmpOp::Gt => molt_abi::CmpOp::Gt,
            CmpOp::Ge => molt_abi::CmpOp::Ge,
            CmpOp::Eq => molt_abi::CmpOp::Eq,
            CmpOp::Ne => molt_abi::CmpOp::Ne,
        }
    }
}

impl CmpOp {
    /// The operator as written in Python (the text lives in `molt_abi`).
    pub fn symbol(self) -> &'static str {
        molt_abi::CmpOp::from(self).symbol()
    }

    fn test(self, o: Option<Ordering>) -> bool {
        match o {
            None => self == CmpOp::Ne,
            Some(o) => match self {
                CmpOp::Lt => o.is_lt(),
                CmpOp::Le => o.is_le(),
                CmpOp::Gt => o.is_gt(),
                CmpOp::Ge => o.is_ge(),
                CmpOp::Eq => o.is_eq(),
                CmpOp::Ne => o.is_ne(),
            },
        }
    }
}

/// Whether `a` and `b` are the same object (`a is b` as CPython's
/// containers see it): the same word, or two boxes of the same NaN object
/// (see [`crate::float::fresh_nan`]).
#[inline]
pub fn same_object(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    match (view(a), view(b)) {
        (Obj::Float(x), Obj::Float(y)) => crate::float::same_nan(x, y),
        _ => false,
    }
}

/// `a == b` with the identity shortcut used by containers.
pub fn eq_identity(a: Value, b: Value) -> PyResult<bool> {
    if same_object(a, b) {
        return Ok(true);
    }
    compare(CmpOp::Eq, a, b)
}

/// `a <op> b` as a Rust bool.
pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    if let Some(r) = crate::instance::rich_compare(op, a, b) {
        let r = r?;
        let t = try_is_true(r);
        crate::value::decref(r);
        return t;
    }
    // Slices compare as the tuples of their bounds.
    if let (Some(x), Some(y)) = (
        crate::sliceobj::as_slice_obj(a),
        crate::sliceobj::as_slice_obj(b),
    ) {
        return tuple_compare(op, &x.bounds, &y.bounds);
    }
    let ord = match (view(a), view(b)) {
        (Obj::Float(x), Obj::Float(y)) => x.partial_cmp(&y),
        (Obj::Float(x), _) if as_int(b).is_some() => {
            int::cmp_float(as_int(b).expect("checked"), x).map(Ordering::reverse)
        }
        (_, Obj::Float(y)) if as_int(a).is_some() => int::cmp_float(as_int(a).expect("checked"), y),
        (Obj::Str(x), Obj::Str(y)) => Some(x.as_bytes().cmp(y.as_bytes())),
        (Obj::Tuple(x), Obj::Tuple(y)) => return tuple_compare(op, x, y),
        (Obj::Bytes(_) | Obj::ByteArray(_), Obj::Bytes(_) | Obj::ByteArray(_)) => {
            let x = crate::bytes::as_bytes_like(a).unwrap_or_default();
            let y = crate::bytes::as_bytes_like(b).unwrap_or_default();
            Some(x.cmp(y))
        }
        (Obj::Set(x) | Obj::FrozenSet(x), Obj::Set(y) | Obj::FrozenSet(y)) => {
            return crate::set_ops::compare(op, x, y)
        }
        (Obj::DictView(_), _) | (_, Obj::DictView(_)) => {
            return crate::dict_view::compare(op, a, b)
        }
        (Obj::Dict(x), Obj::Dict(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            return Ok(crate::dict::eq(x, y)? == (op == CmpOp::Eq))
        }
        (Obj::List(x), Obj::List(y)) => return crate::list_ops::list_compare(op, x, y),
        (Obj::Func(_), Obj::Func(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            return Ok(crate::instance::func_eq(a, b) == (op == CmpOp::Eq))
        }
        (Obj::Range(x), Obj::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            return Ok(crate::range::range_eq(x, y) == (op == CmpOp::Eq))
        }
        _ => match (as_int(a), as_int(b)) {
            (Some(x), Some(y)) => Some(int::cmp(x, y)),
            _ => {
                return match op {
                    CmpOp::Eq => Ok(a == b),
                    CmpOp::Ne => Ok(a != b),
                    _ => type_error(&format!(
                        "'{}' not supported between instances of '{}' and '{}'",
                        op.symbol(),
                        type_name(a),
                        type_name(b)
                    )),
                }
            }
        },
    };
    Ok(op.test(ord))
}

fn tuple_compare(op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    for (&p, &q) in x.iter().zip(y) {
        if !eq_identity(p, q)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => compare(op, p, q),
            };
        }
    }
    Ok(op.test(Some(x.len().cmp(&y.len()))))
}

/// Truth value of any value (builtin types never fail; see [`try_is_true`]).
pub fn is_true(v: Value) -> bool {
    try_is_true(v).unwrap_or(true)
}

/// Truth value of any value, as CPython finds it: the type's `truth` slot,
/// else its `len` slot (non-zero is true), else true.
pub fn try_is_true(v: Value) -> PyResult<bool> {
    match v {
        crate::value::NONE | crate::value::FALSE => return Ok(false),
        crate::value::TRUE => return Ok(true),
        _ if crate::value::is_small(v) => return Ok(v != crate::value::small(0)),
        _ => {}
    }
    if let Some(truth) = crate::slots::lookup(v, |s| s.truth) {
        return truth(v);
    }
    match crate::slots::lookup(v, |s| s.len) {
        Some(len) => Ok(len(v)? != 0),
        None => Ok(true),
    }
}

/// `-v`.
pub fn neg(v: Value) -> PyResult<Value> {
    if let Some(r) = crate::instance::unary(v, "__neg__", "-") {
        return r;
    }
    match view(v) {
        Obj::Float(x) => Ok(float_value(-x)),
        _ => match as_int(v) {
            Some(i) => Ok(int::neg(i)),
            None => type_error(&format!("bad operand type for unary -: '{}'", type_name(v))),
        },
    }
}

/// `+v`.
pub fn pos(v: Value) -> PyResult<Value> {
    if let Some(r) = crate::instance::unary(v, "__pos__", "+") {
        return r;
    }
    match view(v) {
        Obj::Float(x) => Ok(float_value(x)),
        _ => match as_int(v) {
            Some(i) => Ok(int::add(i, IntRef::Small(0))),
            None => type_error(&format!("bad operand type for unary +: '{}'", type_name(v))),
        },
    }
}

/// `~v`.
pub fn invert(v: Value) -> PyResult<Value> {
    if let Some(r) = crate::instance::unary(v, "__invert__", "~") {
        return r;
    }
    match as_int(v) {
        Some(i) => Ok(int::invert(i)),
        None => type_error(&format!("bad operand type for unary ~: '{}'", type_name(v))),
    }
}

/// `divmod(a, b)` as a pair of new values.
pub fn divmod(a: Value, b: Value) -> PyResult<(Value, Value)> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        return match int::divmod_floor(x, y) {
            Some(p) => Ok(p),
            None => zero_division("integer division or modulo by zero"),
        };
    }
    let real = |v: Value| is_float(v) || as_int(v).is_some();
    if real(a) && real(b) {
        let (x, y) = (crate::float::real_to_f64(a)?, crate::float::real_to_f64(b)?);
        let (q, r) = crate::float::float_divmod(x, y)?;
        return Ok((float_value(q), float_value(r)));
    }
    type_error(&format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    ))
}

/// `a <op> b` for two small ints whose sum, difference or product is a
/// small int (inlined into each exported operator, where `op` is a
/// constant); `None` for everything else.
#[inline(always)]
fn small_int_binop(op: BinOp, a: Value, b: Value) -> Option<Value> {
    if !(crate::value::is_small(a) && crate::value::is_small(b)) {
        return None;
    }
    let (x, y) = (crate::value::small_of(a), crate::value::small_of(b));
    let r = match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        _ => None,
    }?;
    (crate::value::SMALL_MIN..=crate::value::SMALL_MAX)
        .contains(&r)
        .then(|| crate::value::small(r))
}

macro_rules! export_binops {
    ($($name:ident => $op:expr, $doc:literal;)*) => {$(
        #[doc = $doc]
        #[no_mangle]
        pub extern "C" fn $name(a: Value, b: Value) -> Value {
            if let Some(r) = small_int_binop($op, a, b) {
                return r;
            }
            ret(binop($op, a, b))
        }
    )*};
}

export_binops! {
    molt_add => BinOp::Add, "`a + b`.";
    molt_sub => BinOp::Sub, "`a - b`.";
    molt_mul => BinOp::Mul, "`a * b`.";
    molt_truediv => BinOp::TrueDiv, "`a / b`.";
    molt_floordiv => BinOp::FloorDiv, "`a // b`.";
    molt_mod => BinOp::Mod, "`a % b`.";
    molt_pow => BinOp::Pow, "`a ** b`.";
    molt_lshift => BinOp::LShift, "`a << b`.";
    molt_rshift => BinOp::RShift, "`a >> b`.";
    molt_bitand => BinOp::BitAnd, "`a & b`.";
    molt_bitor => BinOp::BitOr, "`a | b`.";
    molt_bitxor => BinOp::BitXor, "`a ^ b`.";
}

macro_rules! export_cmps {
    ($($name:ident => $op:expr, $doc:literal;)*) => {$(
        #[doc = $doc]
        #[no_mangle]
        pub extern "C" fn $name(a: Value, b: Value) -> Value {
            if let Some(r) = crate::instance::rich_compare($op, a, b) {
                return ret(r);
            }
            ret(compare($op, a, b).map(bool_value))
        }
    )*};
}

export_cmps! {
    molt_lt => CmpOp::Lt, "`a < b` as a bool value.";
    molt_le => CmpOp::Le, "`a <= b` as a bool value.";
    molt_gt => CmpOp::Gt, "`a > b` as a bool value.";
    molt_ge => CmpOp::Ge, "`a >= b` as a bool value.";
    molt_eq => CmpOp::Eq, "`a == b` as a bool value.";
    molt_ne => CmpOp::Ne, "`a != b` as a bool value.";
}

/// `-v`.
#[no_mangle]
pub extern "C" fn molt_neg(v: Value) -> Value {
    ret(neg(v))
}

/// `+v`.
#[no_mangle]
pub extern "C" fn molt_pos(v: Value) -> Value {
    ret(pos(v))
}

/// `~v`.
#[no_mangle]
pub extern "C" fn molt_invert(v: Value) -> Value {
    ret(invert(v))
}

/// Truth value: 1 or 0, -1 when the type's truth or length slot raised.
#[no_mangle]
pub extern "C" fn molt_is_true(v: Value) -> i32 {
    match try_is_true(v) {
        Ok(b) => i32::from(b),
        Err(_) => molt_abi::value::ERROR_I32,
    }
}
