//! Inline list operations on values sema proved to be lists: length,
//! indexing and item assignment, with a cold runtime call for what the
//! fast path does not handle (a bigint index, an index out of range: the
//! runtime raises CPython's IndexError).
//!
//! The list layout is the runtime's (see `abi::LIST_*`): the length at
//! offset 16, the pointer to the items at offset 24.

use super::*;

impl Tx<'_, '_> {
    /// `len(list)`: its length field, tagged.
    pub(super) fn list_len(&mut self, list: Local) -> Value {
        self.tagged_len(list, abi::LIST_LEN_OFFSET)
    }

    /// `len(s)` of a str: its code-point count, tagged.
    pub(super) fn str_len(&mut self, s: Local) -> Value {
        self.tagged_len(s, abi::STR_NCHARS_OFFSET)
    }

    /// The `usize` length field at `offset` of an object, as a tagged int.
    fn tagged_len(&mut self, obj: Local, offset: i32) -> Value {
        let x = self.use_var(obj);
        let n = self.b.ins().load(I64, MemFlagsData::trusted(), x, offset);
        let t = self.b.ins().ishl_imm_s(n, 1);
        self.b.ins().bor_imm_s(t, 1)
    }

    /// The type kind of a heap object.
    /// (An object's type and a type's kind never change: the loads are
    /// read-only, so repeated tests of one object share them.)
    fn kind_of(&mut self, x: Value) -> Value {
        let fixed = MemFlagsData::trusted().with_readonly();
        let ty = self.b.ins().load(I64, fixed, x, abi::TYPE_OFFSET);
        self.b.ins().load(I32, fixed, ty, abi::TYPE_KIND_OFFSET)
    }

    /// Whether heap object `x` has type kind `kind` → `i8`.
    pub(super) fn kind_is(&mut self, x: Value, kind: u32) -> Value {
        let k = self.kind_of(x);
        self.b.ins().icmp_imm_s(IntCC::Equal, k, i64::from(kind))
    }

    /// The `f64` of a float object.
    pub(super) fn float_payload(&mut self, x: Value) -> Value {
        self.b
            .ins()
            .load(F64, MemFlagsData::trusted(), x, abi::FLOAT_VALUE_OFFSET)
    }

    /// Continues in a new block when `x` and `y` are both float objects,
    /// returning their payloads; jumps to `otherwise` when not.
    pub(super) fn both_floats(
        &mut self,
        x: Value,
        y: Value,
        otherwise: cranelift_codegen::ir::Block,
    ) -> (Value, Value) {
        let (kinds, floats) = (self.b.create_block(), self.b.create_block());
        let (hx, hy) = (self.is_heap(x), self.is_heap(y));
        let heap = self.b.ins().band(hx, hy);
        self.b.ins().brif(heap, kinds, &[], otherwise, &[]);
        self.b.switch_to_block(kinds);
        let fx = self.kind_is(x, abi::KIND_FLOAT);
        let fy = self.kind_is(y, abi::KIND_FLOAT);
        let both = self.b.ins().band(fx, fy);
        self.b.ins().brif(both, floats, &[], otherwise, &[]);
        self.b.switch_to_block(floats);
        (self.float_payload(x), self.float_payload(y))
    }

    /// Whether `obj` is a tuple or a list of exactly `n` items (both keep
    /// their length at the same offset).
    pub(super) fn seq_len_is(&mut self, obj: Local, n: u32) -> Value {
        const _: () = assert!(abi::TUPLE_LEN_OFFSET == abi::LIST_LEN_OFFSET);
        let x = self.use_var(obj);
        let (check_kind, check_len, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(done, I8);
        let no = self.b.ins().iconst(I8, 0);
        let heap = self.is_heap(x);
        self.b.ins().brif(heap, check_kind, &[], done, &[no.into()]);
        self.b.switch_to_block(check_kind);
        let is_tuple = self.kind_is(x, abi::KIND_TUPLE);
        let is_list = self.kind_is(x, abi::KIND_LIST);
        let either = self.b.ins().bor(is_tuple, is_list);
        self.b
            .ins()
            .brif(either, check_len, &[], done, &[no.into()]);
        self.b.switch_to_block(check_len);
        let len = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), x, abi::TUPLE_LEN_OFFSET);
        let eq = self.b.ins().icmp_imm_s(IntCC::Equal, len, i64::from(n));
        self.b.ins().jump(done, &[eq.into()]);
        self.b.switch_to_block(done);
        self.b.block_params(done)[0]
    }

    /// Item `k` (borrowed) of a tuple or list that [`Self::seq_len_is`]
    /// found longer than `k`: a tuple's items are inline, a list's behind
    /// its item pointer, both at the same offset.
    pub(super) fn seq_item(&mut self, obj: Local, k: u32) -> Value {
        const _: () = assert!(abi::TUPLE_ITEMS_OFFSET == abi::LIST_ITEMS_OFFSET);
        let x = self.use_var(obj);
        let is_tuple = self.kind_is(x, abi::KIND_TUPLE);
        let inline = self
            .b
            .ins()
            .iadd_imm_s(x, i64::from(abi::TUPLE_ITEMS_OFFSET));
        // For a tuple this loads its first item, unused.
        let behind = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), x, abi::LIST_ITEMS_OFFSET);
        let base = self.b.ins().select(is_tuple, inline, behind);
        self.b
            .ins()
            .load(I64, MemFlagsData::trusted(), base, 8 * k as i32)
    }

    /// Branches to a fast block with the untagged, wrapped, in-range index
    /// and the item address as block parameters, or to a cold slow block.
    /// Returns (fast, slow); the current block is terminated.
    fn list_slot(
        &mut self,
        list: Local,
        index: Local,
    ) -> (cranelift_codegen::ir::Block, cranelift_codegen::ir::Block) {
        let x = self.use_var(list);
        let iv = self.use_var(index);
        let (fast, slow, check) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.append_block_param(fast, I64);
        self.b.set_cold_block(slow);
        let r = self.range(index);
        if !self.known_small(index) {
            let tag = self.b.ins().band_imm_s(iv, 1);
            self.b.ins().brif(tag, check, &[], slow, &[]);
        } else {
            self.b.ins().jump(check, &[]);
        }
        self.b.switch_to_block(check);
        let i = self.b.ins().sshr_imm_s(iv, 1);
        let len = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), x, abi::LIST_LEN_OFFSET);
        let i = if r.lo >= 0 {
            i
        } else {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, i, 0);
            let wrapped = self.b.ins().iadd(i, len);
            self.b.ins().select(neg, wrapped, i)
        };
        // Unsigned: a still-negative index is huge, hence out of range.
        let inb = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let items = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), x, abi::LIST_ITEMS_OFFSET);
        let off = self.b.ins().ishl_imm_s(i, 3);
        let addr = self.b.ins().iadd(items, off);
        self.b.ins().brif(inb, fast, &[addr.into()], slow, &[]);
        (fast, slow)
    }

    /// `list[index]`, the result in representation `t`.
    pub(super) fn list_get(
        &mut self,
        list: Local,
        index: Local,
        t: Ty,
        unwind: Option<mir::Block>,
    ) -> Result<Value, CodegenError> {
        let (fast, slow) = self.list_slot(list, index);
        let done = self.b.create_block();
        self.b.append_block_param(done, cl_ty(t));

        self.b.switch_to_block(fast);
        let addr = self.b.block_params(fast)[0];
        let item = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let v = self.unbox_borrowed(item, t);
        self.b.ins().jump(done, &[v.into()]);

        self.b.switch_to_block(slow);
        let (x, iv) = (self.use_var(list), self.use_var(index));
        let r = self.call_cold1(Rt::GetItem, &[x, iv])?;
        self.check_result(r, Ty::Obj, unwind)?;
        let v = match t {
            Ty::Int | Ty::Obj => r,
            Ty::Bool => self.b.ins().icmp_imm_s(IntCC::Equal, r, abi::TRUE as i64),
            Ty::Float => {
                let f = self.float_payload(r);
                self.decref(r)?;
                f
            }
        };
        self.b.ins().jump(done, &[v.into()]);

        self.b.switch_to_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// A borrowed item as an owned value of representation `t`: a new
    /// reference for objects and ints, the payload for floats, the bit
    /// for bools (sema proved the item's type).
    fn unbox_borrowed(&mut self, item: Value, t: Ty) -> Value {
        match t {
            Ty::Int | Ty::Obj => {
                self.incref(item);
                item
            }
            Ty::Float => self.float_payload(item),
            Ty::Bool => self
                .b
                .ins()
                .icmp_imm_s(IntCC::Equal, item, abi::TRUE as i64),
        }
    }

    /// `list[index] = value` (value: a borrowed object).
    pub(super) fn list_set(
        &mut self,
        list: Local,
        index: Local,
        value: Local,
        unwind: Option<mir::Block>,
    ) -> Result<(), CodegenError> {
        let (fast, slow) = self.list_slot(list, index);
        let done = self.b.create_block();

        self.b.switch_to_block(fast);
        let addr = self.b.block_params(fast)[0];
        let v = self.use_var(value);
        self.incref(v);
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
        self.decref(old)?;
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(slow);
        let (x, iv) = (self.use_var(list), self.use_var(index));
        let r = self.call_cold1(Rt::SetItem, &[x, iv, v])?;
        self.check_result(r, Ty::Obj, unwind)?;
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
        Ok(())
    }

    /// `list[index] = value` for an unboxed float. A float item that only
    /// the list refers to (count 1) gets the new payload in place: no one
    /// can tell it from a new float, and the loop `xs[i] += d` then
    /// allocates nothing.
    pub(super) fn list_set_float(
        &mut self,
        list: Local,
        index: Local,
        value: Local,
        unwind: Option<mir::Block>,
    ) -> Result<(), CodegenError> {
        let (fast, slow) = self.list_slot(list, index);
        let (check, reuse, fresh, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        self.b.switch_to_block(fast);
        let addr = self.b.block_params(fast)[0];
        let x = self.use_var(value);
        let old = self.b.ins().load(I64, MemFlagsData::trusted(), addr, 0);
        let heap = self.is_heap(old);
        self.b.ins().brif(heap, check, &[], fresh, &[]);

        self.b.switch_to_block(check);
        let is_float = self.kind_is(old, abi::KIND_FLOAT);
        let rc = self
            .b
            .ins()
            .load(I64, MemFlagsData::trusted(), old, abi::REFCNT_OFFSET);
        let alone = self.b.ins().icmp_imm_s(IntCC::Equal, rc, 1);
        let ok = self.b.ins().band(is_float, alone);
        self.b.ins().brif(ok, reuse, &[], fresh, &[]);

        self.b.switch_to_block(reuse);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), x, old, abi::FLOAT_VALUE_OFFSET);
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(fresh);
        let boxed = self.call_rt1(Rt::FloatNew, &[x])?;
        self.b.ins().store(MemFlagsData::trusted(), boxed, addr, 0);
        self.decref(old)?;
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(slow);
        let boxed = self.call_cold1(Rt::FloatNew, &[x])?;
        let (l, iv) = (self.use_var(list), self.use_var(index));
        let r = self.call_cold1(Rt::SetItem, &[l, iv, boxed])?;
        // The list took its own reference (or raised): drop the box's.
        self.decref(boxed)?;
        self.check_result(r, Ty::Obj, unwind)?;
        self.b.ins().jump(done, &[]);

        self.b.switch_to_block(done);
        Ok(())
    }
}
