//! MIR data types: a typed control-flow graph per function.
//!
//! MIR locals are mutable virtual registers (not SSA; Cranelift's frontend
//! builds SSA from them). Every local has a machine-level [`Ty`]. Boxing,
//! reference counting and exception edges are explicit: an instruction that
//! can raise names the block to continue at when it does ([`Inst::unwind`]),
//! and that block releases what is live and ends in [`Term::Unwind`].

pub use molt_sema::hir::{BinOp, CmpOp, MathFn};

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

/// Runtime library functions callable from MIR; see `molt-runtime`'s ABI.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum RtFn {
    Str,
    Repr,
    IntNew,
    IntNewBase,
    FloatFrom,
    FloatToInt,
    BoolFrom,
    Abs,
    Divmod,
    Pow3,
    Round1,
    Round2,
    Hex,
    Bin,
    Oct,
    Len,
    Ord,
    Chr,
    Ascii,
    Format,
    StrJoin,
    GetItem,
    Slice,
    Contains,
    Iter,
    IterNext,
    CallMethod,
    TupleNew,
    Enumerate,
    Zip,
    Unpack,
    Min,
    Max,
    Index,
    ListNew,
    ListAppend,
    ListFrom,
    TupleFrom,
    SetItem,
    DelItem,
    SetSlice,
    DelSlice,
    Inplace(BinOp),
    /// A `str` method on a receiver known to be a str (see [`StrM`]).
    StrM(StrM),
    CallMethodKw,
    CallValue,
    MethodGet,
    MethodAppend,
    MethodAdd,
    Sorted,
    Reversed,
    Sum,
    Any,
    All,
    MinIter,
    MaxIter,
    Next,
    RangeNew,
    SetNew,
    SetFrom,
    SetAdd,
    SetUpdate,
    FrozenSetFrom,
    DictNew,
    DictFrom,
    DictSetItem,
    Hash,
    DictFromKeys,
    DictUpdateDisplay,
    Map,
    ZipStrict,
    ZipFrom,
    PrintFrom,
    PrintTo,
    SysStderr,
    UnpackEx,
    Input,
    BytesNew,
    ByteArrayNew,
    BytesFromHex,
    ByteArrayFromHex,
    IntFromBytes,
    FloatFromHex,
    StrMakeTrans,
    TypeOf,
    TypeObject,
    SliceNew,
    SysStdin,
    SysStdout,
    SysArgv,
    SysExit,
    Filter,
    IsInstance,
    TypeName,
    GetAttr,
    /// `math.f(*args)`: varargs `[id, args...]`, the id (a small int) from
    /// [`MathFn::id`]; checks the argument count as CPython does.
    MathCall,
    /// `math.f` as a value: the function object of the id argument.
    MathValue,
    /// A `math` function on an unboxed `f64` (see [`MATH_F64`]).
    MathF64(MathFn),
    /// A `math` function of two unboxed `f64`s (see [`MATH_F64X2`]).
    MathF64x2(MathFn),
    /// `math.floor(x)` of an `f64`, as an int object.
    MathFloorF64,
    /// `math.ceil(x)` of an `f64`, as an int object.
    MathCeilF64,
    /// `math.isclose(a, b, rel_tol, abs_tol)` (absent tolerances unbound).
    MathIsclose,
    /// `math.prod(iterable, start)` (`start` unbound when absent).
    MathProd,
}

/// The `math` functions with an entry point `f64 -> f64` (raising as the
/// boxed function does), and its symbol.
pub const MATH_F64: &[(MathFn, &str)] = &[
    (MathFn::Acos, "molt_math_acos_f64"),
    (MathFn::Acosh, "molt_math_acosh_f64"),
    (MathFn::Asin, "molt_math_asin_f64"),
    (MathFn::Asinh, "molt_math_asinh_f64"),
    (MathFn::Atan, "molt_math_atan_f64"),
    (MathFn::Atanh, "molt_math_atanh_f64"),
    (MathFn::Cbrt, "molt_math_cbrt_f64"),
    (MathFn::Cos, "molt_math_cos_f64"),
    (MathFn::Cosh, "molt_math_cosh_f64"),
    (MathFn::Erf, "molt_math_erf_f64"),
    (MathFn::Erfc, "molt_math_erfc_f64"),
    (MathFn::Exp, "molt_math_exp_f64"),
    (MathFn::Exp2, "molt_math_exp2_f64"),
    (MathFn::Expm1, "molt_math_expm1_f64"),
    (MathFn::Gamma, "molt_math_gamma_f64"),
    (MathFn::Lgamma, "molt_math_lgamma_f64"),
    (MathFn::Log, "molt_math_log_f64"),
    (MathFn::Log10, "molt_math_log10_f64"),
    (MathFn::Log1p, "molt_math_log1p_f64"),
    (MathFn::Log2, "molt_math_log2_f64"),
    (MathFn::Sin, "molt_math_sin_f64"),
    (MathFn::Sinh, "molt_math_sinh_f64"),
    (MathFn::Sqrt, "molt_math_sqrt_f64"),
    (MathFn::Tan, "molt_math_tan_f64"),
    (MathFn::Tanh, "molt_math_tanh_f64"),
    (MathFn::Ulp, "molt_math_ulp_f64"),
];

/// The `math` functions with an entry point `(f64, f64) -> f64`, and its
/// symbol (`hypot` for exactly two arguments).
pub const MATH_F64X2: &[(MathFn, &str)] = &[
    (MathFn::Atan2, "molt_math_atan2_f64"),
    (MathFn::Copysign, "molt_math_copysign_f64"),
    (MathFn::Fmod, "molt_math_fmod_f64"),
    (MathFn::Hypot, "molt_math_hypot_f64"),
    (MathFn::Nextafter, "molt_math_nextafter_f64"),
    (MathFn::Pow, "molt_math_pow_f64"),
    (MathFn::Remainder, "molt_math_remainder_f64"),
];

/// The symbol of `f` in `table` ([`MATH_F64`] or [`MATH_F64X2`]).
pub fn math_symbol(table: &[(MathFn, &'static str)], f: MathFn) -> Option<&'static str> {
    table.iter().find(|(g, _)| *g == f).map(|(_, s)| *s)
}

/// The signature of a runtime function as MIR sees it.
pub struct RtSig {
    /// The exported symbol.
    pub symbol: &'static str,
    /// Argument representations (for varargs: the element type).
    pub params: &'static [Ty],
    /// Result representation.
    pub ret: Ty,
    /// Arguments are passed as a pointer to an array plus a count.
    pub varargs: bool,
}

impl RtFn {
    /// The function's symbol and signature.
    pub fn sig(self) -> RtSig {
        use RtFn::*;
        use Ty::{Float as F, Obj as O};
        let (symbol, params, ret, varargs): (&str, &[Ty], Ty, bool) = match self {
            Str => ("molt_str", &[O], O, false),
            Repr => ("molt_repr", &[O], O, false),
            IntNew => ("molt_int_new", &[O], O, false),
            IntNewBase => ("molt_int_new_base", &[O, O], O, false),
            FloatFrom => ("molt_float_from", &[O], O, false),
            FloatToInt => ("molt_float_to_int", &[F], O, false),
            BoolFrom => ("molt_bool_from", &[O], O, false),
            Abs => ("molt_abs", &[O], O, false),
            Divmod => ("molt_divmod", &[O, O], O, false),
            Pow3 => ("molt_pow3", &[O, O, O], O, false),
            Round1 => ("molt_round1", &[O], O, false),
            Round2 => ("molt_round2", &[O, O], O, false),
            Hex => ("molt_hex", &[O], O, false),
            Bin => ("molt_bin", &[O], O, false),
            Oct => ("molt_oct", &[O], O, false),
            Len => ("molt_len", &[O], O, false),
            Ord => ("molt_ord", &[O], O, false),
            Chr => ("molt_chr", &[O], O, false),
            Ascii => ("molt_ascii", &[O], O, false),
            Format => ("molt_format", &[O, O], O, false),
            StrJoin => ("molt_str_join", &[O], O, true),
            GetItem => ("molt_getitem", &[O, O], O, false),
            Slice => ("molt_slice", &[O, O, O, O], O, false),
            Contains => ("molt_contains", &[O, O], O, false),
            Iter => ("molt_iter", &[O], O, false),
            IterNext => ("molt_iter_next", &[O], O, false),
            CallMethod => ("molt_call_method", &[O], O, true),
            TupleNew => ("molt_tuple_new", &[O], O, true),
            Enumerate => ("molt_enumerate", &[O, O], O, false),
            Zip => ("molt_zip", &[O], O, true),
            Unpack => ("molt_unpack", &[O, O], O, false),
            Min => ("molt_min", &[O], O, true),
            Max => ("molt_max", &[O], O, true),
            Index => ("molt_index", &[O], O, false),
            ListNew => ("molt_list_new", &[O], O, true),
            ListAppend => ("molt_list_append", &[O, O], O, false),
            ListFrom => ("molt_list_from", &[O], O, false),
            TupleFrom => ("molt_tuple_from", &[O], O, false),
            SetItem => ("molt_setitem", &[O, O, O], O, false),
            DelItem => ("molt_delitem", &[O, O], O, false),
            SetSlice => ("molt_setslice", &[O, O, O, O, O], O, false),
            DelSlice => ("molt_delslice", &[O, O, O, O], O, false),
            Inplace(op) => (inplace_symbol(op), &[O, O], O, false),
            StrM(m) => m.sig(),
            CallMethodKw => ("molt_call_method_kwv", &[O], O, true),
            CallValue => ("molt_call_v", &[O], O, true),
            MethodGet => ("molt_m_get", &[O, O, O], O, false),
            MethodAppend => ("molt_m_append", &[O, O], O, false),
            MethodAdd => ("molt_m_add", &[O, O], O, false),
            Sorted => ("molt_sorted", &[O, O, O], O, false),
            Reversed => ("molt_reversed", &[O], O, false),
            Sum => ("molt_sum", &[O, O], O, false),
            Any => ("molt_any", &[O], O, false),
            All => ("molt_all", &[O], O, false),
            MinIter => ("molt_min_iter", &[O, O, O], O, false),
            MaxIter => ("molt_max_iter", &[O, O, O], O, false),
            Next => ("molt_next", &[O, O], O, false),
            RangeNew => ("molt_range_new", &[O, O, O], O, false),
            SetNew => ("molt_set_new", &[], O, false),
            SetFrom => ("molt_set_from", &[O], O, false),
            SetAdd => ("molt_set_add", &[O, O], O, false),
            SetUpdate => ("molt_set_update", &[O, O], O, false),
            FrozenSetFrom => ("molt_frozenset_from", &[O], O, false),
            DictNew => ("molt_dict_new", &[], O, false),
            DictFrom => ("molt_dict_from", &[O], O, false),
            DictSetItem => ("molt_dict_setitem", &[O, O, O], O, false),
            Hash => ("molt_hash", &[O], O, false),
            DictFromKeys => ("molt_dict_fromkeys", &[O, O], O, false),
            DictUpdateDisplay => ("molt_dict_update_display", &[O, O], O, false),
            Map => ("molt_map_v", &[O], O, true),
            ZipStrict => ("molt_zip_strict", &[O], O, true),
            ZipFrom => ("molt_zip_from", &[O], O, false),
            PrintFrom => ("molt_print_from", &[O, O, O], O, false),
            PrintTo => ("molt_print_to", &[O, O, O, O, O], O, false),
            SysStderr => ("molt_sys_stderr", &[], O, false),
            UnpackEx => ("molt_unpack_ex", &[O, O, O], O, false),
            Input => ("molt_input", &[O], O, false),
            BytesNew => ("molt_bytes_new", &[O], O, false),
            ByteArrayNew => ("molt_bytearray_new", &[O], O, false),
            BytesFromHex => ("molt_bytes_fromhex", &[O], O, false),
            ByteArrayFromHex => ("molt_bytearray_fromhex", &[O], O, false),
            IntFromBytes => ("molt_int_from_bytes", &[O, O, O], O, false),
            FloatFromHex => ("molt_float_fromhex", &[O], O, false),
            StrMakeTrans => ("molt_str_maketrans", &[O, O, O], O, false),
            TypeOf => ("molt_type_of", &[O], O, false),
            SliceNew => ("molt_slice_new", &[O, O, O], O, false),
            TypeObject => ("molt_builtin_type", &[O], O, false),
            SysStdin => ("molt_sys_stdin", &[], O, false),
            SysStdout => ("molt_sys_stdout", &[], O, false),
            SysArgv => ("molt_sys_argv", &[], O, false),
            SysExit => ("molt_sys_exit", &[O], O, false),
            Filter => ("molt_filter", &[O, O], O, false),
            IsInstance => ("molt_isinstance", &[O, O], O, false),
            TypeName => ("molt_type_name", &[O], O, false),
            GetAttr => ("molt_getattr", &[O, O], O, false),
            MathCall => ("molt_math_call", &[O], O, true),
            MathValue => ("molt_math_value", &[O], O, false),
            MathF64(f) => (
                math_symbol(MATH_F64, f).expect("RtFn::MathF64 is only made for MATH_F64"),
                &[F],
                F,
                false,
            ),
            MathF64x2(f) => (
                math_symbol(MATH_F64X2, f).expect("RtFn::MathF64x2 is only made for MATH_F64X2"),
                &[F, F],
                F,
                false,
            ),
            MathFloorF64 => ("molt_math_floor_f64", &[F], O, false),
            MathCeilF64 => ("molt_math_ceil_f64", &[F], O, false),
            MathIsclose => ("molt_math_isclose", &[O, O, O, O], O, false),
            MathProd => ("molt_math_prod", &[O, O], O, false),
        };
        RtSig {
            symbol,
            params,
            ret,
            varargs,
        }
    }
}

/// Exception kinds raised directly by compiled code (numbering from the runtime ABI).
/// The runtime function for `a op= b` on objects.
/// The `str` methods with their own runtime entry points, called when
/// sema knows the receiver is a str and every argument is positional.
/// Optional arguments that were not passed are given as absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum StrM {
    Upper,
    Lower,
    Strip,
    LStrip,
    RStrip,
    Split,
    SplitLines,
    Join,
    /// `sep.join([a, b, ...])` for a list display: varargs `[sep, a, b, ...]`.
    JoinItems,
    Replace,
    StartsWith,
    EndsWith,
    Find,
    Count,
}

impl StrM {
    /// The entry point for `name` called with `nargs` positional
    /// arguments, and how many arguments it takes (missing optional ones
    /// are passed as absent); `None` when the generic dispatcher is needed.
    pub fn lookup(name: &str, nargs: usize) -> Option<(StrM, usize)> {
        use StrM::*;
        let (m, min, max) = match name {
            "upper" => (Upper, 0, 0),
            "lower" => (Lower, 0, 0),
            "strip" => (Strip, 0, 1),
            "lstrip" => (LStrip, 0, 1),
            "rstrip" => (RStrip, 0, 1),
            "split" => (Split, 0, 1),
            "splitlines" => (SplitLines, 0, 0),
            "join" => (Join, 1, 1),
            "replace" => (Replace, 2, 2),
            "startswith" => (StartsWith, 1, 1),
            "endswith" => (EndsWith, 1, 1),
            "find" => (Find, 1, 1),
            "count" => (Count, 1, 1),
            _ => return None,
        };
        (min..=max).contains(&nargs).then_some((m, max))
    }

    fn sig(self) -> (&'static str, &'static [Ty], Ty, bool) {
        use StrM::*;
        use Ty::Obj as O;
        let (symbol, params): (&str, &[Ty]) = match self {
            Upper => ("molt_s_upper", &[O]),
            Lower => ("molt_s_lower", &[O]),
            Strip => ("molt_s_strip", &[O, O]),
            LStrip => ("molt_s_lstrip", &[O, O]),
            RStrip => ("molt_s_rstrip", &[O, O]),
            Split => ("molt_s_split", &[O, O]),
            SplitLines => ("molt_s_splitlines", &[O]),
            Join => ("molt_s_join", &[O, O]),
            JoinItems => return ("molt_s_join_items", &[O], O, true),
            Replace => ("molt_s_replace", &[O, O, O]),
            StartsWith => ("molt_s_startswith", &[O, O]),
            EndsWith => ("molt_s_endswith", &[O, O]),
            Find => ("molt_s_find", &[O, O]),
            Count => ("molt_s_count", &[O, O]),
        };
        (symbol, params, O, false)
    }
}

fn inplace_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "molt_inplace_add",
        BinOp::Sub => "molt_inplace_sub",
        BinOp::Mul => "molt_inplace_mul",
        BinOp::TrueDiv => "molt_inplace_truediv",
        BinOp::FloorDiv => "molt_inplace_floordiv",
        BinOp::Mod => "molt_inplace_mod",
        BinOp::Pow => "molt_inplace_pow",
        BinOp::LShift => "molt_inplace_lshift",
        BinOp::RShift => "molt_inplace_rshift",
        BinOp::BitAnd => "molt_inplace_and",
        BinOp::BitOr => "molt_inplace_or",
        BinOp::BitXor => "molt_inplace_xor",
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ExcKind {
    ZeroDivisionError = 3,
    ValueError = 5,
    TypeError = 6,
    NameError = 7,
    UnboundLocalError = 8,
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
    /// `list[index] = value` (value an object, borrowed). Raises IndexError.
    ListSet(Local, Local, Local),
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
    Rt(RtFn, Vec<Local>),
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
            | Op::StrLen(a)
            | Op::CounterBound(a, _)
            | Op::StoreGlobal(_, a) => vec![a],
            Op::Int(_, a, b)
            | Op::IntTrueDiv(a, b)
            | Op::IntCmp(_, a, b)
            | Op::Float(_, a, b)
            | Op::FloatCmp(_, a, b)
            | Op::BoolBit(_, a, b)
            | Op::ObjBin(_, a, b)
            | Op::ObjCmp(_, a, b)
            | Op::Is(a, b)
            | Op::ListGet(a, b) => vec![a, b],
            Op::ListSet(a, b, c) => vec![a, b, c],
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
