//! Register-preserving wrappers for slow-path runtime calls.
//!
//! A fast path such as small-int `+` needs a runtime call only when an
//! operand is a bigint or the result overflows. With the platform calling
//! convention, even a call that never runs clobbers the caller-saved
//! registers on its path, and the register allocator then keeps a loop's
//! floats and counters in memory. So slow paths call a generated wrapper with
//! Cranelift's `preserve_all` convention, which saves whatever the real call
//! clobbers; the wrapper's result travels through a caller's stack slot
//! because `preserve_all` functions return nothing.

use crate::{abi, err, CodegenError, Symbols};
use cranelift_codegen::ir::{types, AbiParam, InstBuilder, MemFlagsData, Signature, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use molt_mir::mir::Rt;

/// A wrapper to define: its id, the wrapped symbol and its signature.
pub(crate) struct Wrapper {
    id: FuncId,
    target: Rt,
    params: Vec<types::Type>,
    ret: Option<types::Type>,
}

fn wrapper_sig(params: &[types::Type], ret: Option<types::Type>) -> Signature {
    let mut sig = Signature::new(CallConv::PreserveAll);
    sig.params.extend(params.iter().map(|t| AbiParam::new(*t)));
    if ret.is_some() {
        sig.params.push(AbiParam::new(types::I64));
    }
    sig
}

/// Declares (once) the wrapper of runtime entry `target`.
pub(crate) fn wrapper(
    module: &mut ObjectModule,
    syms: &mut Symbols,
    target: Rt,
) -> Result<FuncId, CodegenError> {
    if let Some(w) = syms.cold.iter().find(|w| w.target == target) {
        return Ok(w.id);
    }
    let (params, ret) = abi::signature(target);
    let sig = wrapper_sig(&params, ret);
    let id = module
        .declare_function(&format!("{}$cold", target.symbol()), Linkage::Local, &sig)
        .map_err(err)?;
    syms.cold.push(Wrapper {
        id,
        target,
        params,
        ret,
    });
    Ok(id)
}

/// Defines every wrapper declared while translating functions.
pub(crate) fn define_wrappers(
    module: &mut ObjectModule,
    syms: &mut Symbols,
    ctx: &mut cranelift_codegen::Context,
    fctx: &mut FunctionBuilderContext,
) -> Result<(), CodegenError> {
    let wrappers = std::mem::take(&mut syms.cold);
    for w in &wrappers {
        ctx.func.signature = wrapper_sig(&w.params, w.ret);
        ctx.func.name = UserFuncName::user(0, w.id.as_u32());
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let args: Vec<_> = b.block_params(entry).to_vec();
            let n = w.params.len();
            let mut target_sig = Signature::new(syms.call_conv);
            target_sig
                .params
                .extend(w.params.iter().map(|t| AbiParam::new(*t)));
            target_sig.returns.extend(w.ret.map(AbiParam::new));
            let fid = match syms.runtime.get(w.target.symbol()) {
                Some(id) => *id,
                None => {
                    let id = module
                        .declare_function(w.target.symbol(), Linkage::Import, &target_sig)
                        .map_err(err)?;
                    syms.runtime.insert(w.target.symbol(), id);
                    id
                }
            };
            let fref = module.declare_func_in_func(fid, b.func);
            let call = b.ins().call(fref, &args[..n]);
            if w.ret.is_some() {
                let r = b.inst_results(call)[0];
                b.ins().store(MemFlagsData::trusted(), r, args[n], 0);
            }
            b.ins().return_(&[]);
            b.seal_all_blocks();
            let config = module.isa().frontend_config();
            b.finalize(config);
        }
        module
            .define_function(w.id, ctx)
            .map_err(|e| CodegenError(format!("{}$cold: {e:?}", w.target.symbol())))?;
        module.clear_context(ctx);
    }
    Ok(())
}
