//! Molt's native backend: MIR → Cranelift IR → an object file, and linking
//! that object with the runtime static library into an executable.
//!
//! The value encoding, error signalling and entry point it targets are
//! defined in `molt-runtime`'s crate documentation ("ABI"); [`abi`] mirrors
//! the constants. Fast paths (small-int arithmetic, float math, refcounts,
//! truth tests) are emitted inline; only slow paths call the runtime.

pub mod abi;
mod cold;
mod func;
mod inline;
mod link;

pub use link::{link_executable, LinkError};

use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use molt_abi::layout::{
    CONST_BYTES, CONST_INT, CONST_ITEM_FLOAT, CONST_ITEM_SLOT, CONST_ITEM_VALUE, CONST_STR,
    CONST_TUPLE,
};
use molt_abi::value::small_int;
use molt_mir::mir::{self, ConstItem, ConstObj, Ty};
use std::collections::HashMap;

/// A failure inside the backend; always a Molt bug, never the user's.
#[derive(Debug)]
pub struct CodegenError(pub String);

impl std::fmt::Display for CodegenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "code generation failed: {}", self.0)
    }
}

fn err(e: impl std::fmt::Display) -> CodegenError {
    CodegenError(e.to_string())
}

/// The Cranelift type of a MIR representation.
pub(crate) fn cl_ty(t: Ty) -> types::Type {
    match t {
        Ty::Int | Ty::Obj => types::I64,
        Ty::Float => types::F64,
        Ty::Bool => types::I8,
    }
}

/// Module-wide symbols shared by every function's translation.
pub(crate) struct Symbols {
    pub funcs: Vec<FuncId>,
    pub globals: Vec<DataId>,
    pub consts: Vec<DataId>,
    /// The table `molt_init_consts` makes the constants from (see
    /// [`const_table`]).
    pub const_table: DataId,
    pub func_names: Vec<(DataId, usize)>,
    pub source_path: (DataId, usize),
    pub runtime: HashMap<&'static str, FuncId>,
    /// Read-only data holding each float constant (by bit pattern).
    pub float_pool: HashMap<u64, DataId>,
    /// The raw clone of each pure function (see `raw.rs`).
    pub raw_funcs: Vec<Option<FuncId>>,
    /// Give-up counters of the raw clones.
    pub bail_counters: Vec<Option<DataId>>,
    /// Register-preserving wrappers of runtime functions, defined at the end.
    pub cold: Vec<cold::Wrapper>,
    pub call_conv: CallConv,
    /// What each function's int parameters can hold, from every call in
    /// the program (see `molt_mir::ranges::param_ranges`).
    pub param_ranges: Vec<Vec<molt_mir::ranges::Range>>,
}

fn build_isa() -> Result<OwnedTargetIsa, CodegenError> {
    let mut flags = settings::builder();
    flags.set("opt_level", "speed").map_err(err)?;
    flags.set("is_pic", "true").map_err(err)?;
    flags.set("preserve_frame_pointers", "false").map_err(err)?;
    let isa = cranelift_native::builder().map_err(err)?;
    isa.finish(settings::Flags::new(flags)).map_err(err)
}

fn data(
    module: &mut ObjectModule,
    name: &str,
    bytes: Vec<u8>,
    writable: bool,
) -> Result<DataId, CodegenError> {
    let id = module
        .declare_data(name, Linkage::Local, writable, false)
        .map_err(err)?;
    let mut d = DataDescription::new();
    d.define(bytes.into_boxed_slice());
    d.set_align(8);
    module.define_data(id, &d).map_err(err)?;
    Ok(id)
}

/// The signature of a compiled function.
pub(crate) fn fn_signature(f: &mir::Function, cc: CallConv) -> Signature {
    let mut sig = Signature::new(cc);
    for p in &f.params {
        sig.params
            .push(AbiParam::new(cl_ty(f.locals[p.index()].ty)));
    }
    if !f.is_module {
        // The caller's recursion depth + 1 (see `func.rs`).
        sig.params.push(AbiParam::new(types::I64));
    }
    sig.returns.push(AbiParam::new(cl_ty(f.ret)));
    sig
}

/// Compiles a MIR program into a relocatable object file for the host.
///
/// # Errors
/// A [`CodegenError`] means Molt produced MIR the backend cannot handle: a
/// compiler bug.
pub fn compile_object(p: &mir::Program) -> Result<Vec<u8>, CodegenError> {
    let isa = build_isa()?;
    let call_conv = isa.default_call_conv();
    let builder = ObjectBuilder::new(
        isa,
        "molt_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(err)?;
    let mut module = ObjectModule::new(builder);

    let mut funcs = Vec::new();
    for (i, f) in p.funcs.iter().enumerate() {
        let sig = fn_signature(f, call_conv);
        let id = if i == p.main.index() {
            module.declare_function("molt_module_main", Linkage::Export, &sig)
        } else {
            module.declare_function(
                &format!("molt_fn{i}_{}", sanitize(&f.name)),
                Linkage::Local,
                &sig,
            )
        }
        .map_err(err)?;
        funcs.push(id);
    }
    let mut globals = Vec::new();
    for (i, g) in p.globals.iter().enumerate() {
        let init: u64 = match g.ty {
            Ty::Int | Ty::Obj => abi::UNBOUND,
            Ty::Float => abi::UNBOUND_F64_BITS,
            Ty::Bool => abi::UNBOUND_BOOL as u64,
        };
        globals.push(data(
            &mut module,
            &format!("molt_global{i}"),
            init.to_le_bytes().to_vec(),
            true,
        )?);
    }
    let mut consts = Vec::new();
    for i in 0..p.consts.len() {
        consts.push(data(
            &mut module,
            &format!("molt_const{i}"),
            0u64.to_le_bytes().to_vec(),
            true,
        )?);
    }
    let const_table = const_table(&mut module, &p.consts, &consts)?;
    // Each function's name, then a NUL and its parameter names separated by
    // commas (for the arity errors of function values); tracebacks use the
    // name's length only.
    let mut func_names = Vec::new();
    for (i, f) in p.funcs.iter().enumerate() {
        let len = f.name.len();
        let params: Vec<&str> = f
            .params
            .iter()
            .map(|l| f.locals[l.index()].name.as_deref().unwrap_or("?"))
            .collect();
        let mut blob = f.name.as_bytes().to_vec();
        blob.push(0);
        blob.extend_from_slice(params.join(",").as_bytes());
        func_names.push((
            data(
                &mut module,
                &format!("molt_fn{i}$name"),
                padded(blob),
                false,
            )?,
            len,
        ));
    }
    let path_len = p.source_path.len();
    let source_path = (
        data(
            &mut module,
            "molt_source_path",
            padded(p.source_path.as_bytes().to_vec()),
            false,
        )?,
        path_len,
    );

    let pure = func::raw_eligible(p);
    let mut raw_funcs = Vec::new();
    let mut bail_counters = Vec::new();
    for (i, f) in p.funcs.iter().enumerate() {
        if pure[i] {
            let sig = func::raw_signature(f, call_conv);
            let name = format!("molt_fn{i}_{}$raw", sanitize(&f.name));
            raw_funcs.push(Some(
                module
                    .declare_function(&name, Linkage::Local, &sig)
                    .map_err(err)?,
            ));
            bail_counters.push(Some(data(
                &mut module,
                &format!("molt_fn{i}$bails"),
                0u64.to_le_bytes().to_vec(),
                true,
            )?));
        } else {
            raw_funcs.push(None);
            bail_counters.push(None);
        }
    }
    let mut syms = Symbols {
        funcs,
        globals,
        consts,
        const_table,
        func_names,
        source_path,
        runtime: HashMap::new(),
        float_pool: HashMap::new(),
        raw_funcs,
        bail_counters,
        cold: Vec::new(),
        call_conv,
        param_ranges: molt_mir::ranges::param_ranges(p),
    };
    let mut ctx = module.make_context();
    let mut fctx = cranelift_frontend::FunctionBuilderContext::new();
    // Translate every function (and the raw clone of each pure one), then
    // inline and compile each body.
    let mut bodies = Vec::new();
    let mut ids = Vec::new();
    for (i, f) in p.funcs.iter().enumerate() {
        let variants = [(false, Some(syms.funcs[i])), (true, syms.raw_funcs[i])];
        for (raw, id) in variants {
            let Some(id) = id else { continue };
            ctx.func.signature = if raw {
                func::raw_signature(f, call_conv)
            } else {
                fn_signature(f, call_conv)
            };
            ctx.func.name = cranelift_codegen::ir::UserFuncName::user(0, id.as_u32());
            func::translate(
                &mut module,
                &mut syms,
                p,
                i,
                f,
                &mut ctx.func,
                &mut fctx,
                raw,
            )?;
            bodies.push(ctx.func.clone());
            ids.push((id, i));
            module.clear_context(&mut ctx);
        }
    }
    let index_of: HashMap<u32, usize> = ids
        .iter()
        .enumerate()
        .map(|(k, (id, _))| (id.as_u32(), k))
        .collect();
    for (k, body) in bodies.iter().enumerate() {
        let (id, i) = ids[k];
        ctx.func = body.clone();
        // Each round inlines the self-recursive calls present so far (the
        // copies made by the previous round included), while the body stays
        // within the size budget.
        for _ in 0..inline::MAX_ROUNDS {
            if inline::size(&ctx.func) > inline::GROWN_BODY {
                break;
            }
            let inlined = ctx
                .inline(inline::Inliner {
                    bodies: &bodies,
                    index_of: &index_of,
                    caller: k,
                })
                .map_err(|e| CodegenError(format!("inlining {}: {e:?}", p.funcs[i].name)))?;
            if !inlined {
                break;
            }
        }
        module
            .define_function(id, &mut ctx)
            .map_err(|e| CodegenError(format!("{}: {e:?}", p.funcs[i].name)))?;
        module.clear_context(&mut ctx);
    }
    cold::define_wrappers(&mut module, &mut syms, &mut ctx, &mut fctx)?;
    let product = module.finish();
    product.emit().map_err(err)
}

/// The table of every constant object, read once at start-up by the
/// runtime's `molt_init_consts`: one `molt_abi::layout::ConstEntry` (four
/// words, `[kind, data, len, slot]`) per constant, with `data` the address
/// of its text and `slot` the address its object is stored to. A tuple's
/// data is `len` pairs of words `[kind, payload]` (`CONST_ITEM_*`).
fn const_table(
    module: &mut ObjectModule,
    consts: &[ConstObj],
    slots: &[DataId],
) -> Result<DataId, CodegenError> {
    let word = |v: u64| v.to_le_bytes();
    let mut table = DataDescription::new();
    let mut bytes = Vec::with_capacity(consts.len() * 32);
    let mut relocs = Vec::new();
    for (i, c) in consts.iter().enumerate() {
        let (kind, blob, len, item_relocs): (u64, Vec<u8>, usize, Vec<(usize, DataId)>) = match c {
            ConstObj::Str(s) => (
                CONST_STR,
                padded(s.as_bytes().to_vec()),
                s.len(),
                Vec::new(),
            ),
            ConstObj::BigInt(s) => (
                CONST_INT,
                padded(s.as_bytes().to_vec()),
                s.len(),
                Vec::new(),
            ),
            ConstObj::Bytes(b) => (CONST_BYTES, padded(b.clone()), b.len(), Vec::new()),
            ConstObj::Tuple(items) => {
                let mut blob = Vec::with_capacity(items.len() * 16 + 8);
                let mut item_relocs = Vec::new();
                for (k, it) in items.iter().enumerate() {
                    let (kind, payload) = match it {
                        ConstItem::Int(v) => (CONST_ITEM_VALUE, small_int(*v)),
                        ConstItem::Float(x) => (CONST_ITEM_FLOAT, x.to_bits()),
                        ConstItem::Bool(b) => {
                            (CONST_ITEM_VALUE, if *b { abi::TRUE } else { abi::FALSE })
                        }
                        ConstItem::None => (CONST_ITEM_VALUE, abi::NONE),
                        ConstItem::Obj(c) => {
                            item_relocs.push((k * 16 + 8, slots[c.index()]));
                            (CONST_ITEM_SLOT, 0)
                        }
                    };
                    blob.extend_from_slice(&word(kind));
                    blob.extend_from_slice(&word(payload));
                }
                // Never empty: the data of `()` is one unused word.
                blob.extend_from_slice(&word(0));
                (CONST_TUPLE, blob, items.len(), item_relocs)
            }
        };
        let text = module
            .declare_data(&format!("molt_const{i}_data"), Linkage::Local, false, false)
            .map_err(err)?;
        let mut d = DataDescription::new();
        d.define(blob.into_boxed_slice());
        d.set_align(8);
        for (offset, target) in item_relocs {
            let gv = module.declare_data_in_data(target, &mut d);
            d.write_data_addr(offset as u32, gv, 0);
        }
        module.define_data(text, &d).map_err(err)?;
        let at = bytes.len();
        bytes.extend_from_slice(&word(kind));
        bytes.extend_from_slice(&word(0));
        bytes.extend_from_slice(&word(len as u64));
        bytes.extend_from_slice(&word(0));
        relocs.push((at + 8, text));
        relocs.push((at + 24, slots[i]));
    }
    // Never empty (a data object needs a byte).
    bytes.extend_from_slice(&word(0));
    table.define(bytes.into_boxed_slice());
    table.set_align(8);
    for (offset, target) in relocs {
        let gv = module.declare_data_in_data(target, &mut table);
        table.write_data_addr(offset as u32, gv, 0);
    }
    let id = module
        .declare_data("molt_const_table", Linkage::Local, false, false)
        .map_err(err)?;
    module.define_data(id, &table).map_err(err)?;
    Ok(id)
}

fn padded(mut v: Vec<u8>) -> Vec<u8> {
    v.push(0);
    v
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}
