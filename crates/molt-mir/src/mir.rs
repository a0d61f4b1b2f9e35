//! MIR data types: a typed control-flow graph per function.
//!
//! MIR locals are mutable virtual registers (not SSA; Cranelift's frontend
//! builds SSA from them). Every local has a machine-level [`Ty`]. Boxing,
//! reference counting and exception edges are explicit: an instruction that
//! can raise names the block to continue at when it does ([`Inst::unwind`]),
//! and that block releases what is live and ends in [`Term::Unwind`].

pub use molt_abi::{AbiTy, BinOp, CmpOp, ExcKind, MathFn, Rt};

/// The machine representation of a local.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// A Python `int` as a tagged word: small ints inline, bigints on the heap.
    Int,
    /// A Python `float` as an unboxed `f64`.
    Float,
    /// A Python `bool` as an `i8` (0 or 1).
    Bool,
    /// Any Python value as a tagged word.
    Obj,
}

impl Ty {
    /// Whether values of this type may point at heap objects (and so need
    /// reference counting).
    pub fn is_refcounted(self) -> bool {
        matches!(self, Ty::Int | Ty::Obj)
    }

    /// Short name used in the text form.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Float => "f64",
            Ty::Bool => "bool",
            Ty::Obj => "obj",
        }
    }
}

macro_rules! index_type {
    ($name:ident, $prefix:literal, $doc:literal) => {
        #[doc = $doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            /// The index as a `usize`.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}
index_type!(Local, "_", "A local of the current function.");
index_type!(Block, "bb", "A basic block of the current function.");
index_type!(FuncId, "fn", "A function of the program.");
index_type!(GlobalId, "g", "A module-level variable slot.");
index_type!(ConstId, "c", "A constant object created once at start-up.");

/// A whole program in MIR.
#[derive(Debug, Clone)]
pub struct Program {
    /// Path of the main source file (for tracebacks).
    pub source_path: String,
    /// Every function; [`Program::main`] runs the module body.
    pub funcs: Vec<Function>,
    /// Module-level variable slots.
    pub globals: Vec<GlobalDecl>,
    /// Constant objects (strings, big ints), created at start-up and immortal.
    pub consts: Vec<ConstObj>,
    /// The module body.
    pub main: FuncId,
}

/// A module-level variable slot.
#[derive(Debug, Clone)]
pub struct GlobalDecl {
    /// The Python name.
    pub name: String,
    /// How the slot stores its value.
    pub ty: Ty,
}

/// A constant object.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstObj {
    /// A `str`.
    Str(String),
    /// An `int` too big for the small-int encoding, in decimal.
    BigInt(String),
    /// A `bytes` literal.
    Bytes(Vec<u8>),
    /// A tuple of constants (CPython folds a tuple display of constants
    /// into one constant object). Its items that are objects come earlier
    /// in [`Program::consts`].
    Tuple(Vec<ConstItem>),
}

/// An item of a constant tuple.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstItem {
    /// A small int (see the runtime's value encoding).
    Int(i64),
    /// A float (boxed when the tuple is made).
    Float(f64),
    /// `True` / `False`.
    Bool(bool),
    /// `None`.
    None,
    /// Another constant object: a str, a big int, bytes or a tuple.
    Obj(ConstId),
}

/// A local's declaration.
#[derive(Debug, Clone)]
pub struct LocalDecl {
    /// Its representation.
    pub ty: Ty,
    /// The Python name, for user variables.
    pub name: Option<String>,
}

/// A function.
#[derive(Debug, Clone)]
pub struct Function {
    /// The Python name (`<module>` for the body).
    pub name: String,
    /// Parameters: the first locals, borrowed from the caller.
    pub params: Vec<Local>,
    /// Return representation.
    pub ret: Ty,
    /// Every local.
    pub locals: Vec<LocalDecl>,
    /// Basic blocks; `bb0` is the entry.
    pub blocks: Vec<BlockData>,
    /// True for the module body (no recursion-depth accounting).
    pub is_module: bool,
    /// How many leading parameters a call through a function value must
    /// pass; missing later ones arrive as the unbound marker.
    pub min_args: usize,
}

/// A basic block: straight-line instructions and one terminator.
#[derive(Debug, Clone)]
pub struct BlockData {
    /// The instructions.
    pub insts: Vec<Inst>,
    /// How the block ends.
    pub term: Term,
}

/// One instruction.
#[derive(Debug, Clone)]
pub struct Inst {
    /// Where the result goes, if any.
    pub dst: Option<Local>,
    /// What it does.
    pub op: Op,
    /// Where control goes if it raises; `Some` exactly when the op can raise.
    pub unwind: Option<Block>,
    /// Int operands whose reference this instruction releases after use
    /// (only int ops with a small-int fast path: on that path the operands
    /// are small, so the release is needed on the slow path alone).
    pub releases: Vec<Local>,
}

/// Integer operations on tagged ints with an inline fast path for small ints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

/// Float operations on `f64`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum FloatOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
}

impl FloatOp {
    /// Whether the operation can raise (division by zero, overflow).
    pub fn can_raise(self) -> bool {
        !matches!(self, FloatOp::Add | FloatOp::Sub | FloatOp::Mul)
    }
}

/// The signature of a runtime entry point as MIR sees it (derived from its
/// row in `molt-abi`'s table).
pub struct RtSig {
    /// The exported symbol.
    pub symbol: &'static str,
    /// Argument representations (for varargs: the one element type).
    pub params: Vec<Ty>,
    /// Result representation.
    pub ret: Ty,
    /// Arguments are passed as a pointer to an array plus a count.
    pub varargs: bool,
}

/// MIR's view of the runtime entry points.
pub trait RtSigExt {
    /// The entry's symbol and signature in MIR representations.
    fn sig(self) -> RtSig;
    /// Whether MIR can call it: every parameter and the result are values
    /// or floats (or it takes a value array), as `Op::Rt` requires.
    fn mir_callable(self) -> bool;
}

fn mir_ty(t: AbiTy) -> Option<Ty> {
    match t {
        AbiTy::Val => Some(Ty::Obj),
        AbiTy::F64 => Some(Ty::Float),
        _ => None,
    }
}

impl RtSigExt for Rt {
    fn sig(self) -> RtSig {
        let varargs = self.varargs();
        let params = if varargs {
            vec![Ty::Obj]
        } else {
            self.params()
                .iter()
                .map(|t| mir_ty(*t).unwrap_or(Ty::Obj))
                .collect()
        };
        RtSig {
            symbol: self.symbol(),
            params,
            ret: self.ret().and_then(mir_ty).unwrap_or(Ty::Obj),
            varargs,
        }
    }

    fn mir_callable(self) -> bool {
        let params_ok = self.varargs() || self.params().iter().all(|t| mir_ty(*t).is_some());
        params_ok && self.ret().and_then(mir_ty).is_some()
    }
}

/// The `str` methods with their own runtime entry points, called when sema
/// knows the receiver is a str and every argument is positional: the entry
/// for `name` called with `nargs` positional arguments, and how many
/// arguments it takes (missing optional ones are passed as absent); `None`
/// when the generic dispatcher is needed.
pub fn str_method_entry(name: &str, nargs: usize) -> Option<(Rt, usize)> {
    let (m, min, max) = match name {
        "upper" => (Rt::SUpper, 0, 0),
        "lower" => (Rt::SLower, 0, 0),
        "strip" => (Rt::SStrip, 0, 1),
        "lstrip" => (Rt::SLStrip, 0, 1),
        "rstrip" => (Rt::SRStrip, 0, 1),
        "split" => (Rt::SSplit, 0, 1),
        "splitlines" => (Rt::SSplitLines, 0, 0),
        "join" => (Rt::SJoin, 1, 1),
        "replace" => (Rt::SReplace, 2, 2),
        "startswith" => (Rt::SStartsWith, 1, 1),
        "endswith" => (Rt::SEndsWith, 1, 1),
        "find" => (Rt::SFind, 1, 1),
        "count" => (Rt::SCount, 1, 1),
        _ => return None,
    };
    (min..=max).contains(&nargs).then_some((m, max))
}

/// What an instruction computes.
#[derive(Debug, Clone)]
pub enum Op {
    /// A small int (must fit the tagged encoding).
    ConstInt(i64),
    /// An `f64`.
    ConstFloat(f64),
    /// A `bool`.
    ConstBool(bool),
    /// `None` (an `obj`).
    ConstNone,
    /// The "unbound" marker of the destination's type.
    ConstUnbound,
    /// A constant object (borrowed; immortal).
    Const(ConstId),
    /// Copy a value; between `int` and `obj` it reinterprets the word.
    Copy(Local),
    /// Tagged-int arithmetic; raises only on the slow path.
    Int(IntOp, Local, Local),
    /// `int / int` → `f64`.
    IntTrueDiv(Local, Local),
    /// `-x` on an int.
    IntNeg(Local),
    /// `~x` on an int.
    IntInvert(Local),
    /// Int comparison → `bool`; never raises.
    IntCmp(CmpOp, Local, Local),
    /// `bool` → `int` (0 or 1).
    BoolToInt(Local),
    /// `int` → `f64`; raises OverflowError for huge ints.
    IntToFloat(Local),
    /// Float arithmetic.
    Float(FloatOp, Local, Local),
    /// Float arithmetic where one operand is an `f64` and the other an
    /// `obj` that sema proved makes the result a float (or raises): an int
    /// or float object is converted inline, anything else goes through the
    /// generic operator. → `f64`.
    FloatObj(FloatOp, Local, Local),
    /// `-x` on a float.
    FloatNeg(Local),
    /// Float comparison → `bool`.
    FloatCmp(CmpOp, Local, Local),
    /// `abs(x)` on a float.
    FloatAbs(Local),
    /// `not x` on a bool.
    BoolNot(Local),
    /// `&`, `|`, `^` on two bools.
    BoolBit(IntOp, Local, Local),
    /// Box a `f64` into a new float object.
    BoxFloat(Local),
    /// Box a `bool` into `True`/`False`.
    BoxBool(Local),
    /// Load the payload of an object known to be a float.
    FloatPayload(Local),
    /// Is this `obj` the object `True`? (for results known to be bools)
    IsTrueObj(Local),
    /// Generic binary operator on objects.
    ObjBin(BinOp, Local, Local),
    /// Generic unary minus / plus / invert on an object (0, 1, 2).
    ObjUnary(u8, Local),
    /// Generic comparison → `bool`.
    ObjCmp(CmpOp, Local, Local),
    /// Truth value of an object.
    Truthy(Local),
    /// Identity: the two words are equal.
    Is(Local, Local),
    /// Direct call of a compiled function.
    Call(FuncId, Vec<Local>),
    /// `len(list)` of a value known to be a list: an int.
    ListLen(Local),
    /// `len(s)` of a value known to be a str (its code points): an int.
    StrLen(Local),
    /// `list[index]` of a value known to be a list and an int index; the
    /// result is in the destination's representation (the element type
    /// sema proved). Raises IndexError.
    ListGet(Local, Local),
    /// Whether an object is a tuple or a list of exactly this many items
    /// (the fast path of unpacking) → `bool`.
    SeqLenIs(Local, u32),
    /// Item `k` of a tuple or list that [`Op::SeqLenIs`] has just found
    /// longer than `k` (borrowed; nothing may run in between).
    SeqItem(Local, u32),
    /// `list[index] = value` (value an object, borrowed). Raises IndexError.
    ListSet(Local, Local, Local),
    /// `list[index] = value` for an unboxed float `value`: when the item
    /// replaced is a float nothing else refers to, its payload is
    /// overwritten instead of boxing a new float. Raises IndexError.
    ListSetFloat(Local, Local, Local),
    /// Marks the counter of a `for` loop over a range with constant step
    /// +1 or -1 (the `i64`), just after it is set to the start. No code:
    /// it tells the range analysis that the counter stays within 2^60 of
    /// its start (see `ranges`).
    CounterBound(Local, i64),
    /// The recursion-depth check of an inlined call (RecursionError past
    /// the limit, as the callee's entry would raise).
    CheckDepth,
    /// Pushes the traceback frame of an inlined function at a line (its
    /// unwind blocks do this, then continue at the call's unwind block).
    TbPush(FuncId, u32),
    /// A new function object for the value wrapper `FuncId` (see `lower`),
    /// with the captured values that fill its trailing parameters.
    FuncRef(FuncId, Vec<Local>),
    /// Call of a runtime function.
    Rt(Rt, Vec<Local>),
    /// `print(*args, sep=, end=)`; sep/end are `obj` or absent.
    Print(Vec<Local>, Option<Local>, Option<Local>),
    /// Read a global slot (borrowed).
    LoadGlobal(GlobalId),
    /// Write a global slot, consuming one reference and releasing the old value.
    StoreGlobal(GlobalId, Local),
    /// Add a reference (no-op on non-heap words).
    IncRef(Local),
    /// Drop a reference (no-op on non-heap words).
    DecRef(Local),
    /// Raise if the local holds the unbound marker.
    CheckBound(Local, ExcKind, String),
    /// Always raises `kind(message)`.
    Raise(ExcKind, String),
    /// Always raises AssertionError with the message object (or none).
    RaiseAssert(Option<Local>),
}

/// How a block ends.
#[derive(Debug, Clone)]
pub enum Term {
    /// Continue at a block.
    Goto(Block),
    /// Two-way branch on a `bool` local.
    Branch(Local, Block, Block),
    /// Return a value (owned by the caller).
    Return(Local),
    /// Propagate the pending exception: record a traceback frame for `line`
    /// and return the error sentinel.
    Unwind {
        /// The source line being executed.
        line: u32,
    },
    /// Control never reaches here (after an op that always raises).
    Unreachable,
}

impl Op {
    /// The locals the op reads, mutably (for renaming).
    pub fn locals_mut(&mut self) -> Vec<&mut Local> {
        match self {
            Op::Copy(a)
            | Op::IntNeg(a)
            | Op::IntInvert(a)
            | Op::BoolToInt(a)
            | Op::IntToFloat(a)
            | Op::FloatNeg(a)
            | Op::FloatAbs(a)
            | Op::BoolNot(a)
            | Op::BoxFloat(a)
            | Op::BoxBool(a)
            | Op::FloatPayload(a)
            | Op::IsTrueObj(a)
            | Op::ObjUnary(_, a)
            | Op::Truthy(a)
            | Op::IncRef(a)
            | Op::DecRef(a)
            | Op::CheckBound(a, _, _)
            | Op::ListLen(a)
            | Op::SeqLenIs(a, _)
            | Op::SeqItem(a, _)
            | Op::StrLen(a)
            | Op::CounterBound(a, _)
            | Op::StoreGlobal(_, a) => vec![a],
            Op::Int(_, a, b)
            | Op::IntTrueDiv(a, b)
            | Op::IntCmp(_, a, b)
            | Op::Float(_, a, b)
            | Op::FloatObj(_, a, b)
            | Op::FloatCmp(_, a, b)
            | Op::BoolBit(_, a, b)
            | Op::ObjBin(_, a, b)
            | Op::ObjCmp(_, a, b)
            | Op::Is(a, b)
            | Op::ListGet(a, b) => vec![a, b],
            Op::ListSet(a, b, c) | Op::ListSetFloat(a, b, c) => vec![a, b, c],
            Op::Call(_, args) | Op::Rt(_, args) | Op::FuncRef(_, args) => args.iter_mut().collect(),
            Op::Print(args, sep, end) => args
                .iter_mut()
                .chain(sep.iter_mut())
                .chain(end.iter_mut())
                .collect(),
            Op::RaiseAssert(m) => m.iter_mut().collect(),
            Op::ConstInt(_)
            | Op::ConstFloat(_)
            | Op::ConstBool(_)
            | Op::ConstNone
            | Op::ConstUnbound
            | Op::Const(_)
            | Op::LoadGlobal(_)
            | Op::Raise(..)
            | Op::CheckDepth
            | Op::TbPush(..) => vec![],
        }
    }
}
