//! Small-int fast paths: inline arithmetic on tagged words, with a cold
//! call into the runtime when an operand is a bigint or the result
//! overflows (see the runtime's ABI for the encoding).

use super::*;

/// Python's `x // y` or `x % y` on untagged `i64`s, for `y` neither 0 nor
/// (with `x == i64::MIN`) -1: truncating division, then the floor
/// correction when the remainder is non-zero and its sign differs from the
/// divisor's.
pub(super) fn py_floordiv_mod(
    b: &mut FunctionBuilder,
    x: Value,
    y: Value,
    floordiv: bool,
) -> Value {
    let q = b.ins().sdiv(x, y);
    let r = b.ins().srem(x, y);
    let rx = b.ins().bxor(r, y);
    let signs_differ = b.ins().icmp_imm_s(IntCC::SignedLessThan, rx, 0);
    let nonzero = b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
    let adjust = b.ins().band(signs_differ, nonzero);
    if floordiv {
        let q1 = b.ins().iadd_imm_s(q, -1);
        b.ins().select(adjust, q1, q)
    } else {
        let r1 = b.ins().iadd(r, y);
        b.ins().select(adjust, r1, r)
    }
}

/// Python's `x // d` or `x % d` on untagged `i64`s for a constant `d > 0`:
/// shifts and masks for powers of two, otherwise Cranelift's division by a
/// constant plus a branch-free floor correction (the remainder's sign).
pub(super) fn floordiv_mod_by_const(
    b: &mut FunctionBuilder,
    x: Value,
    d: i64,
    floordiv: bool,
) -> Value {
    if d.count_ones() == 1 {
        let k = i64::from(d.trailing_zeros());
        return if floordiv {
            b.ins().sshr_imm_s(x, k)
        } else {
            b.ins().band_imm_s(x, d - 1)
        };
    }
    let q = b.ins().sdiv_imm_s(x, d);
    let qd = b.ins().imul_imm_s(q, d);
    let r = b.ins().isub(x, qd);
    // -1 when the remainder is negative (then the floor is one lower), else 0.
    let neg = b.ins().sshr_imm_s(r, 63);
    if floordiv {
        b.ins().iadd(q, neg)
    } else {
        let fix = b.ins().band_imm_s(neg, d);
        b.ins().iadd(r, fix)
    }
}

impl Tx<'_, '_> {
    /// On a slow path that succeeded: releases the operands the instruction
    /// consumes (see `Inst::releases`).
    pub(super) fn release_consumed(&mut self) -> Result<(), CodegenError> {
        for v in std::mem::take(&mut self.releases) {
            self.decref(v)?;
        }
        Ok(())
    }

    /// `x op y` on tagged small ints known not to overflow.
    pub(super) fn tagged_unchecked(&mut self, op: IntOp, x: Value, y: Value) -> Value {
        match op {
            IntOp::Add => {
                let y2 = self.b.ins().iadd_imm_s(y, -1);
                self.b.ins().iadd(x, y2)
            }
            IntOp::Sub => {
                let y2 = self.b.ins().iadd_imm_s(y, -1);
                self.b.ins().isub(x, y2)
            }
            _ => {
                let x2 = self.b.ins().iadd_imm_s(x, -1);
                let yv = self.b.ins().sshr_imm_s(y, 1);
                let p = self.b.ins().imul(x2, yv);
                self.b.ins().iadd_imm_s(p, 1)
            }
        }
    }

    /// Whether two words are both small ints (low bit set in each) → the
    /// bit, as a word.
    pub(super) fn both_small(&mut self, x: Value, y: Value) -> Value {
        let both = self.b.ins().band(x, y);
        self.b.ins().band_imm_s(both, 1)
    }

    /// The "all small ints" test of the operands not known to be small;
    /// `None` when all are known small.
    pub(super) fn small_test(&mut self, operands: &[(Value, bool)]) -> Option<Value> {
        let mut acc: Option<Value> = None;
        for &(v, known) in operands {
            if known {
                continue;
            }
            acc = Some(match acc {
                None => v,
                Some(a) => self.b.ins().band(a, v),
            });
        }
        acc.map(|a| self.b.ins().band_imm_s(a, 1))
    }

    /// Emits a fast path and a cold slow path joined into one value of type
    /// `ty`. `fast` runs when `cond` holds (always when `cond` is `None`) and
    /// may still defer to the slow path by returning a condition (overflow).
    pub(super) fn fast_or_slow(
        &mut self,
        cond: Option<Value>,
        ty: types::Type,
        fast: impl FnOnce(&mut Self) -> (Value, Option<Value>),
        slow: impl FnOnce(&mut Self) -> Result<Value, CodegenError>,
    ) -> Result<Value, CodegenError> {
        let (fast_b, slow_b, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, ty);
        match cond {
            Some(c) => {
                self.b.ins().brif(c, fast_b, &[], slow_b, &[]);
            }
            None => {
                self.b.ins().jump(fast_b, &[]);
            }
        }
        self.b.switch_to_block(fast_b);
        let (v, bail) = fast(self);
        match bail {
            Some(b) => {
                self.b
                    .ins()
                    .brif(b, slow_b, &[], done, &[BlockArg::Value(v)]);
            }
            None => {
                self.b.ins().jump(done, &[BlockArg::Value(v)]);
            }
        }
        self.b.set_cold_block(slow_b);
        self.b.switch_to_block(slow_b);
        let r = slow(self)?;
        self.b.ins().jump(done, &[BlockArg::Value(r)]);
        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// The slow path of an int operation: the runtime call (through its
    /// register-preserving wrapper), the error check, then the release of
    /// consumed operands.
    fn int_slow(
        &mut self,
        f: Rt,
        args: &[Value],
        ret: Ty,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        let r = self.call_cold1(f, args)?;
        self.check_result(r, ret, unwind)?;
        self.release_consumed()?;
        Ok(r)
    }

    /// An int operation whose fast path cannot overflow (`& | ^ ~`).
    pub(super) fn int_fast_or_call(
        &mut self,
        operands: &[Value],
        slow: Rt,
        unwind: Option<Block>,
        fast: impl FnOnce(&mut Self) -> Value,
    ) -> Result<Value, CodegenError> {
        let tests: Vec<(Value, bool)> = operands.iter().map(|v| (*v, false)).collect();
        let cond = self.small_test(&tests);
        self.fast_or_slow(
            cond,
            I64,
            |tx| (fast(tx), None),
            |tx| tx.int_slow(slow, operands, Ty::Int, unwind),
        )
    }

    /// A binary int operation whose fast path may overflow: `fast` returns
    /// (value, overflowed); `extra_ok` further restricts the fast path.
    #[allow(clippy::too_many_arguments)]
    fn int_fast_bail_or_call(
        &mut self,
        x: Value,
        y: Value,
        known: (bool, bool),
        extra_ok: Option<Value>,
        slow: Rt,
        unwind: Option<Block>,
        fast: impl FnOnce(&mut Self) -> (Value, Value),
    ) -> Result<Value, CodegenError> {
        let mut cond = self.small_test(&[(x, known.0), (y, known.1)]);
        if let Some(ok) = extra_ok {
            let ok64 = self.b.ins().uextend(I64, ok);
            cond = Some(match cond {
                Some(c) => self.b.ins().band(c, ok64),
                None => ok64,
            });
        }
        self.fast_or_slow(
            cond,
            I64,
            |tx| {
                let (v, of) = fast(tx);
                (v, Some(of))
            },
            |tx| tx.int_slow(slow, &[x, y], Ty::Int, unwind),
        )
    }

    pub(super) fn int_op(
        &mut self,
        op: IntOp,
        x: Value,
        y: Value,
        known: (bool, bool),
        divisor: Option<i64>,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        let slow = intop_entry(op);
        match (op, divisor) {
            (IntOp::FloorDiv | IntOp::Mod, Some(d)) if d > 0 => {
                // A positive constant divisor: no zero or overflow case.
                return self.int_fast_bail_or_call(x, y, known, None, slow, unwind, |tx| {
                    let a = tx.b.ins().sshr_imm_s(x, 1);
                    let r = floordiv_mod_by_const(&mut tx.b, a, d, op == IntOp::FloorDiv);
                    let sh = tx.b.ins().ishl_imm_u(r, 1);
                    let tagged = tx.b.ins().bor_imm_s(sh, 1);
                    let no = tx.b.ins().iconst(I8, 0);
                    (tagged, no)
                });
            }
            _ => {}
        }
        match op {
            IntOp::Add => self.int_fast_bail_or_call(x, y, known, None, slow, unwind, |tx| {
                let y2 = tx.b.ins().iadd_imm_s(y, -1);
                tx.b.ins().sadd_overflow(x, y2)
            }),
            IntOp::Sub => self.int_fast_bail_or_call(x, y, known, None, slow, unwind, |tx| {
                let y2 = tx.b.ins().iadd_imm_s(y, -1);
                tx.b.ins().ssub_overflow(x, y2)
            }),
            IntOp::Mul => self.int_fast_bail_or_call(x, y, known, None, slow, unwind, |tx| {
                let x2 = tx.b.ins().iadd_imm_s(x, -1);
                let yv = tx.b.ins().sshr_imm_s(y, 1);
                let (p, of) = tx.b.ins().smul_overflow(x2, yv);
                (tx.b.ins().iadd_imm_s(p, 1), of)
            }),
            IntOp::FloorDiv | IntOp::Mod => {
                // Fast only when the divisor is neither 0 nor -1 (tagged 1 and -1).
                let not_zero = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, 1);
                let not_m1 = self.b.ins().icmp_imm_s(IntCC::NotEqual, y, -1);
                let ok = self.b.ins().band(not_zero, not_m1);
                self.int_fast_bail_or_call(x, y, known, Some(ok), slow, unwind, |tx| {
                    let a = tx.b.ins().sshr_imm_s(x, 1);
                    let b = tx.b.ins().sshr_imm_s(y, 1);
                    let res = py_floordiv_mod(&mut tx.b, a, b, op == IntOp::FloorDiv);
                    let sh = tx.b.ins().ishl_imm_u(res, 1);
                    let tagged = tx.b.ins().bor_imm_s(sh, 1);
                    let no = tx.b.ins().iconst(I8, 0);
                    (tagged, no)
                })
            }
            IntOp::And => self.int_fast_or_call(&[x, y], slow, unwind, |tx| tx.b.ins().band(x, y)),
            IntOp::Or => self.int_fast_or_call(&[x, y], slow, unwind, |tx| tx.b.ins().bor(x, y)),
            IntOp::Xor => self.int_fast_or_call(&[x, y], slow, unwind, |tx| {
                let v = tx.b.ins().bxor(x, y);
                tx.b.ins().bor_imm_s(v, 1)
            }),
            IntOp::RShift => {
                // Fast for 0 <= shift < 64 (tagged: 1..=127 odd).
                let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, 128);
                self.int_fast_bail_or_call(x, y, known, Some(ok), slow, unwind, |tx| {
                    let a = tx.b.ins().sshr_imm_s(x, 1);
                    let s = tx.b.ins().sshr_imm_s(y, 1);
                    let max = tx.b.ins().iconst(I64, 63);
                    let s = tx.b.ins().umin(s, max);
                    let r = tx.b.ins().sshr(a, s);
                    let sh = tx.b.ins().ishl_imm_u(r, 1);
                    let tagged = tx.b.ins().bor_imm_s(sh, 1);
                    let no = tx.b.ins().iconst(I8, 0);
                    (tagged, no)
                })
            }
            IntOp::LShift => {
                let ok = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, y, 127);
                self.int_fast_bail_or_call(x, y, known, Some(ok), slow, unwind, |tx| {
                    // Shift the tagged payload (x - 1 = 2a) and check it round-trips.
                    let x2 = tx.b.ins().iadd_imm_s(x, -1);
                    let s = tx.b.ins().sshr_imm_s(y, 1);
                    let shifted = tx.b.ins().ishl(x2, s);
                    let back = tx.b.ins().sshr(shifted, s);
                    let lost = tx.b.ins().icmp(IntCC::NotEqual, back, x2);
                    (tx.b.ins().bor_imm_s(shifted, 1), lost)
                })
            }
            IntOp::Pow => {
                let r = self.call_rt1(slow, &[x, y])?;
                self.check_result(r, Ty::Int, unwind)?;
                self.release_consumed()?;
                Ok(r)
            }
        }
    }

    pub(super) fn int_neg(
        &mut self,
        x: Value,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        let small = self.b.ins().band_imm_s(x, 1);
        self.fast_or_slow(
            Some(small),
            I64,
            |tx| {
                let two = tx.iconst(I64, 2);
                let (v, of) = tx.b.ins().ssub_overflow(two, x);
                (v, Some(of))
            },
            |tx| tx.int_slow(Rt::Neg, &[x], Ty::Int, unwind),
        )
    }

    pub(super) fn int_cmp(
        &mut self,
        op: CmpOp,
        x: Value,
        y: Value,
        known: (bool, bool),
    ) -> Result<Value, CodegenError> {
        let Some(small) = self.small_test(&[(x, known.0), (y, known.1)]) else {
            return Ok(self.b.ins().icmp(int_cc(op), x, y));
        };
        self.fast_or_slow(
            Some(small),
            I8,
            |tx| (tx.b.ins().icmp(int_cc(op), x, y), None),
            |tx| {
                let r = tx.call_cold1(cmp_entry(op), &[x, y])?;
                let t = tx.b.ins().icmp_imm_s(IntCC::Equal, r, abi::TRUE as i64);
                tx.release_consumed()?;
                Ok(t)
            },
        )
    }

    pub(super) fn int_to_float(
        &mut self,
        x: Value,
        unwind: Option<Block>,
    ) -> Result<Value, CodegenError> {
        let small = self.b.ins().band_imm_s(x, 1);
        self.fast_or_slow(
            Some(small),
            F64,
            |tx| {
                let a = tx.b.ins().sshr_imm_s(x, 1);
                (tx.b.ins().fcvt_from_sint(F64, a), None)
            },
            |tx| tx.int_slow(Rt::IntToF64, &[x], Ty::Float, unwind),
        )
    }
}

/// The generic operator an int operation's slow path calls.
fn intop_entry(op: IntOp) -> Rt {
    Rt::binop(match op {
        IntOp::Add => BinOp::Add,
        IntOp::Sub => BinOp::Sub,
        IntOp::Mul => BinOp::Mul,
        IntOp::FloorDiv => BinOp::FloorDiv,
        IntOp::Mod => BinOp::Mod,
        IntOp::Pow => BinOp::Pow,
        IntOp::LShift => BinOp::LShift,
        IntOp::RShift => BinOp::RShift,
        IntOp::And => BinOp::BitAnd,
        IntOp::Or => BinOp::BitOr,
        IntOp::Xor => BinOp::BitXor,
    })
}
