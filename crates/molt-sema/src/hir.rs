//! Typed HIR: the program after name resolution and type inference.
//!
//! HIR is a tree, like the AST, but every name is resolved to a local, a
//! global, a function or a builtin; every expression carries its inferred
//! static type; sugar that needs no special lowering (augmented assignment,
//! keyword arguments, defaults) is gone.

use molt_syntax::Span;
use num_bigint::BigInt;

/// What sema knows statically about a value.
///
/// The order of refinement is `Never` (no value seen yet) < a concrete type <
/// `Dyn` (could be anything). Two different concrete types join to `Dyn`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// No value flows here (yet); after inference only in unreachable code.
    Never,
    /// `int` (bool excluded).
    Int,
    /// `float`.
    Float,
    /// `bool`.
    Bool,
    /// `str`.
    Str,
    /// `None`.
    None,
    /// A `list` whose element type is that of list variable `.0` (see
    /// [`crate::lists`]; [`Program::list_elems`] after inference).
    List(u32),
    /// A `range` object (its items are ints).
    Range,
    /// A `tuple` of unknown length whose items all have one type (see
    /// [`crate::lists::ListTable::tuple_of`]): `tuple(xs)`.
    TupleOf(u32),
    /// A `dict` whose keys and values have the types of container
    /// variable `.0` (unified like lists').
    Dict(u32),
    /// A view of a dict of variable `.1`: `d.keys()`, `d.values()` or
    /// `d.items()`.
    DictView(ViewKind, u32),
    /// A `tuple` whose items have the types of tuple shape `.0` (see
    /// [`crate::lists::ListTable::tuple`]): its length and each position's
    /// type. Tuples are immutable, so the shape of a value never changes.
    Tuple(u32),
    /// Anything: boxed, dynamically dispatched.
    Dyn,
}

impl Ty {
    /// The least type that covers both. Two list types are joined by
    /// [`crate::lists::ListTable::join`] (unification); here they meet only
    /// when equal.
    pub fn join(self, other: Ty) -> Ty {
        match (self, other) {
            (Ty::Never, t) | (t, Ty::Never) => t,
            (a, b) if a == b => a,
            _ => Ty::Dyn,
        }
    }

    /// The Python name of the type, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Ty::Never => "never",
            Ty::Int => "int",
            Ty::Float => "float",
            Ty::Bool => "bool",
            Ty::Str => "str",
            Ty::None => "None",
            Ty::List(_) => "list",
            Ty::Tuple(_) => "tuple",
            Ty::Range => "range",
            Ty::TupleOf(_) => "tuple",
            Ty::Dict(_) => "dict",
            Ty::DictView(ViewKind::Keys, _) => "dict_keys",
            Ty::DictView(ViewKind::Values, _) => "dict_values",
            Ty::DictView(ViewKind::Items, _) => "dict_items",
            Ty::Dyn => "object",
        }
    }
}

/// Which view of a dict ([`Ty::DictView`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ViewKind {
    /// `d.keys()`.
    Keys,
    /// `d.values()`.
    Values,
    /// `d.items()`.
    Items,
}

/// Index of a function in [`Program::funcs`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FuncId(pub u32);
/// Index of a local in [`Function::locals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalId(pub u32);
/// Index of a module-level variable in [`Program::globals`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalId(pub u32);

/// A whole program: one module for now.
#[derive(Debug, Clone)]
pub struct Program {
    /// Path of the main source file, as given.
    pub path: String,
    /// Every function; [`Program::main`] is the module body.
    pub funcs: Vec<Function>,
    /// Module-level variables.
    pub globals: Vec<Global>,
    /// The module body, compiled as a function of no arguments.
    pub main: FuncId,
    /// The element type of each list variable (`Ty::List(v)`), after inference.
    pub list_elems: Vec<Ty>,
    /// Every identifier written in the source (names, attributes, keyword
    /// arguments, parameters): CPython interns them while parsing, which
    /// decides how it rebuilds frozenset constants (see lowering).
    pub identifiers: std::collections::HashSet<String>,
    /// Some class defines an arithmetic operator (`__add__`, `__rmul__`,
    /// ...): a float combined with an untyped value may then be anything.
    pub user_operators: bool,
    /// Some class defines a rich comparison (`__eq__`, `__lt__`, ...): a
    /// comparison with an untyped operand may then return anything.
    pub user_comparisons: bool,
}

impl Program {
    /// The element type of lists of type `Ty::List(v)`.
    pub fn list_elem(&self, v: u32) -> Ty {
        self.list_elems.get(v as usize).copied().unwrap_or(Ty::Dyn)
    }
}

/// A module-level variable.
#[derive(Debug, Clone)]
pub struct Global {
    /// Its name.
    pub name: String,
    /// Join of everything assigned to it.
    pub ty: Ty,
}

/// A local variable or parameter.
#[derive(Debug, Clone)]
pub struct Local {
    /// Its name.
    pub name: String,
    /// Join of everything assigned to it (parameters: of every argument).
    pub ty: Ty,
}

/// A function (or the module body).
#[derive(Debug, Clone)]
pub struct Function {
    /// Its name (`<module>` for the module body).
    pub name: String,
    /// The first `params.len()` locals are the parameters, in order.
    pub params: Vec<LocalId>,
    /// Every local, parameters first.
    pub locals: Vec<Local>,
    /// Join of the types of every returned value.
    pub ret: Ty,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `def` statement (or the whole module).
    pub span: Span,
    /// How many leading parameters a caller of the function as a value
    /// must pass (the others have defaults the function fills in).
    pub min_args: u32,
    /// A helper of Molt's, not a Python function: no traceback frame.
    pub hidden_frame: bool,
}

/// Where an assignment stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A local of the current function.
    Local(LocalId),
    /// A module-level variable.
    Global(GlobalId),
}

/// A statement.
#[derive(Debug, Clone)]
pub struct Stmt {
    /// What it does.
    pub kind: StmtKind,
    /// Where it is.
    pub span: Span,
}

/// The kinds of statement.
#[derive(Debug, Clone)]
pub enum StmtKind {
    /// An expression evaluated for its effects.
    Expr(Expr),
    /// `t1 = t2 = value`: evaluate once, store left to right.
    Assign {
        /// The targets, in source order.
        targets: Vec<Place>,
        /// The value.
        value: Expr,
    },
    /// `a, b = x, y`: evaluate every value, then store each.
    ParallelAssign {
        /// The targets.
        targets: Vec<Place>,
        /// The values, as many as targets.
        values: Vec<Expr>,
    },
    /// `a, b = value` for a value that is not a tuple display: the value
    /// must yield exactly as many items as there are targets.
    Unpack {
        /// The targets, in order.
        targets: Vec<Place>,
        /// The value.
        value: Expr,
    },
    /// `if` with its `elif`s already nested into `orelse`.
    If {
        /// The condition.
        test: Expr,
        /// Taken when true.
        body: Vec<Stmt>,
        /// Taken when false.
        orelse: Vec<Stmt>,
    },
    /// `while test: body else: orelse`.
    While {
        /// The condition.
        test: Expr,
        /// The body.
        body: Vec<Stmt>,
        /// Run when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `for target in range(start, stop, step): body else: orelse`.
    ForRange {
        /// The loop variable.
        target: Place,
        /// Start (an int-typed expression).
        start: Expr,
        /// Stop.
        stop: Expr,
        /// Step.
        step: Expr,
        /// The body.
        body: Vec<Stmt>,
        /// Run when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `for target in iterable: body else: orelse` (any iterable but a
    /// `range(...)` call). With `zipped`, a fused `for a, b in zip(x, y)`.
    ForIter {
        /// The loop variable.
        target: Place,
        /// The iterable.
        iter: Expr,
        /// Further iterables advanced in lockstep after `iter`, each with
        /// the place its items go to (`zip(iter, ...)` without its tuples).
        /// Every iterable is evaluated before any iterator is taken; each
        /// round takes one item from each in order and ends the loop at the
        /// first exhausted one, dropping the items already taken; the
        /// places are assigned only once every item is in, in order.
        zipped: Vec<(Place, Expr)>,
        /// The body.
        body: Vec<Stmt>,
        /// Run when the loop ends without `break`.
        orelse: Vec<Stmt>,
    },
    /// `break`.
    Break,
    /// `continue`.
    Continue,
    /// `return value` (None when absent).
    Return(Expr),
    /// `obj[index] = value` (CPython's order: value, obj, index).
    SetItem {
        /// The container.
        obj: Expr,
        /// The key or index.
        index: Expr,
        /// The value stored.
        value: Expr,
    },
    /// `obj[lo:hi:st] = value` (absent bounds are `None`).
    SetSlice {
        /// The container.
        obj: Expr,
        /// Slice bounds: lower, upper, step.
        bounds: Box<[Expr; 3]>,
        /// The value stored (any iterable).
        value: Expr,
    },
    /// `del obj[index]`.
    DelItem {
        /// The container.
        obj: Expr,
        /// The key or index.
        index: Expr,
    },
    /// `del obj[lo:hi:st]`.
    DelSlice {
        /// The container.
        obj: Expr,
        /// Slice bounds: lower, upper, step.
        bounds: Box<[Expr; 3]>,
    },
    /// `assert test, msg`.
    Assert {
        /// The condition.
        test: Expr,
        /// The message, if any.
        msg: Option<Expr>,
    },
    /// `pass` (and docstrings).
    Pass,
}

/// An expression with its static type.
#[derive(Debug, Clone)]
pub struct Expr {
    /// What it computes.
    pub kind: ExprKind,
    /// What sema knows about the result.
    pub ty: Ty,
    /// Where it is.
    pub span: Span,
}

pub use molt_abi::time::TimeResult;
pub use molt_abi::{BinOp, CmpOp, MathFn, TimeFn};

/// Unary operators (`not` is [`ExprKind::Not`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
}

/// Builtin functions and module functions callable in the subset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Builtin {
    Int,
    IntBase,
    Float,
    Str,
    Repr,
    Bool,
    Abs,
    Min,
    Max,
    Divmod,
    Pow,
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
    Enumerate,
    Zip,
    /// `list()` / `list(x)`.
    List,
    /// `tuple()` / `tuple(x)`.
    Tuple,
    /// `sorted(x, key, reverse)` (absent arguments are [`ExprKind::Absent`]).
    Sorted,
    Reversed,
    /// `sum(x, start)`.
    Sum,
    Any,
    All,
    /// `min(x, key, default)` over one iterable.
    MinIter,
    /// `max(x, key, default)` over one iterable.
    MaxIter,
    Iter,
    /// `next(it, default)`.
    Next,
    /// `range(start, stop, step)` as a value.
    Range,
    /// `set()` / `set(x)`.
    Set,
    /// `frozenset()` / `frozenset(x)`.
    FrozenSet,
    /// `dict()` / `dict(x)`.
    Dict,
    Hash,
    /// `acc.append(x)` inside a comprehension (acc is a fresh list).
    ListAppend,
    /// `acc.add(x)` inside a comprehension (acc is a fresh set).
    SetAdd,
    /// `acc[k] = v` inside a comprehension (acc is a fresh dict; key first).
    DictSetItem,
    /// `dict(<generator expression>)`'s step: `[acc, item, index]` stores
    /// the pair `item` (element `index` in the errors) into the dict `acc`.
    DictAddPair,
    /// `dict.fromkeys(iterable, value)`.
    DictFromKeys,
    /// `acc.update(other)` for a `{**other}` display (other must be a dict).
    DictUpdateDisplay,
    /// `map(f, *iterables)`.
    Map,
    /// `zip(*iterables, strict=True)`.
    ZipStrict,
    /// `zip(*args)`: the argument is the list of iterables.
    ZipFrom,
    /// `input(prompt)`.
    Input,
    /// `bytes(x)` (`x` absent: `bytes()`).
    Bytes,
    /// `bytearray(x)`.
    ByteArray,
    /// `bytes.fromhex(s)`.
    BytesFromHex,
    /// `bytearray.fromhex(s)`.
    ByteArrayFromHex,
    /// `int.from_bytes(bytes, byteorder, signed=signed)` (absent arguments
    /// are [`ExprKind::Absent`]).
    IntFromBytes,
    /// `float.fromhex(s)`.
    FloatFromHex,
    /// `str.maketrans(x, y, z)` (absent arguments are [`ExprKind::Absent`]).
    StrMakeTrans,
    /// `type(x)`.
    TypeOf,
    /// `slice(a, b, c)` (absent arguments are [`ExprKind::Absent`]).
    SliceNew,
    /// A builtin type named as a value (`int`, `list`); the argument is
    /// its name.
    TypeObject,
    /// `sys.stdin`.
    SysStdin,
    /// `sys.stdout`.
    SysStdout,
    /// `sys.argv`.
    SysArgv,
    /// `sys.exit(code)`.
    SysExit,
    /// `a, *b, c = v`: (v, targets before the star, targets after it) to
    /// the tuple of what each target gets.
    UnpackEx,
    /// `print(*args, sep, end)`: the first argument is the list of values.
    PrintFrom,
    /// `print(*items, sep=, end=, file=, flush=)`: `[items (a list), sep,
    /// end, file, flush]`, absent ones [`ExprKind::Absent`].
    PrintTo,
    /// `sys.stderr`.
    SysStderr,
    /// `filter(f, iterable)` (f may be None).
    Filter,
    /// `isinstance(x, types)`: the second argument is an int constant, a
    /// bit set of [`TYPE_BITS`] names.
    IsInstance,
    /// `type(x).__name__`.
    TypeName,
    /// `obj.name` for a builtin value (e.g. `range(3).stop`); the second
    /// argument is the attribute name.
    GetAttr,
    /// `math.f(...)`. The arguments are the call's positional arguments
    /// (a wrong count raises CPython's TypeError at run time), except for
    /// the two functions with keyword parameters, which sema has checked:
    /// `isclose` gets the slots `[a, b, rel_tol, abs_tol]` and `prod` the
    /// slots `[iterable, start]`, absent ones [`ExprKind::Absent`].
    Math(MathFn),
    /// `math.f` as a value (no arguments): a function object taking
    /// positional arguments.
    MathValue(MathFn),
    /// `time.f(...)` with the number of positional arguments `f` takes
    /// (sema has checked it): none for the clocks, the seconds for `sleep`.
    Time(TimeFn),
    /// `time.f` as a value (no arguments): a function object taking
    /// positional arguments.
    TimeValue(TimeFn),
    /// `__file__`: the argument is the main file's path as given to the
    /// compiler; relative paths are joined to the working directory at run
    /// time, as CPython does.
    MainFile,
    /// `Ellipsis` / `...`.
    Ellipsis,
    /// `NotImplemented`.
    NotImplemented,
    /// `callable(x)`.
    Callable,
    /// `hasattr(x, name)`.
    HasAttr,
    /// `getattr(x, name, default)`.
    GetAttrDefault,
    /// `bytes(s, encoding, errors)`: `[which, s, encoding, errors]`, where
    /// `which` is True for `bytearray` and absent arguments are
    /// [`ExprKind::Absent`].
    BytesEncoded,
    /// `class` statement: `[name, base (a class or None), fields (a tuple
    /// of strs), namespace (a dict)]` to the class object.
    ClassNew,
    /// A new instance of the class (the argument), fields unset.
    InstanceNew,
    /// `__init__`'s result (the argument) checked to be None.
    InitResult,
    /// `obj.name = value`: `[obj, name, value]`.
    SetAttr,
    /// `del obj.name`: `[obj, name]`.
    DelAttr,
    /// A method decorator's object: `[kind, func, setter, deleter]`, kind 0
    /// `staticmethod`, 1 `classmethod`, 2 `property` (setter and deleter
    /// None when absent).
    Descriptor,
    /// `f(args, name=value...)` for a value `f`: `[f, positional...,
    /// keyword values..., names (a tuple of strs)]`.
    CallKw,
}

pub use molt_abi::types::TYPE_BITS;

/// The `!r`/`!s`/`!a` conversion of an f-string field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Conversion {
    None,
    Str,
    Repr,
    Ascii,
}

/// A piece of an f-string.
#[derive(Debug, Clone)]
pub enum FPart {
    /// Literal text.
    Lit(String),
    /// A replacement field `{value!conversion:spec}`.
    Field {
        /// The value.
        value: Expr,
        /// Its conversion.
        conversion: Conversion,
        /// The format spec (itself an f-string: it may contain fields).
        spec: Option<Vec<FPart>>,
        /// For `{x=}`: the text before the value (`x=`).
        debug: Option<String>,
    },
}

/// `sum(elt for ...)` as a loop: `acc = start`, then `loops` run; their
/// innermost body is `item = elt; acc = acc + item`, so each item is added
/// as it is produced, in CPython's order. The value is `acc`.
///
/// Lowering may keep the sum of float items as an unboxed float (the
/// `acc = acc + item` statements then add into it), since CPython's `sum`
/// adds an int start and floats exactly as `+` does.
#[derive(Debug, Clone)]
pub struct SumFold {
    /// The running sum (a hidden local).
    pub acc: LocalId,
    /// Each item (a hidden local).
    pub item: LocalId,
    /// The start value (the int 0 when not given).
    pub start: Expr,
    /// The loops.
    pub loops: Vec<Stmt>,
}

/// The kinds of expression.
#[derive(Debug, Clone)]
pub enum ExprKind {
    /// An int literal (any size).
    Int(BigInt),
    /// A float literal.
    Float(f64),
    /// A str literal.
    Str(String),
    /// A bytes literal.
    Bytes(Vec<u8>),
    /// `True` / `False`.
    Bool(bool),
    /// `None`.
    None,
    /// Read a local (raises UnboundLocalError when unassigned).
    Local(LocalId),
    /// Read a module-level variable (raises NameError when unassigned).
    Global(GlobalId),
    /// Read a module-level variable named like a builtin: while it is
    /// unassigned, the builtin (the expression), as CPython falls back
    /// from the module's globals to its builtins.
    GlobalOr(GlobalId, Box<Expr>),
    /// A name that is never defined anywhere: raises NameError when run.
    Undefined(String),
    /// `l op r`.
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `op e`.
    Unary(UnaryOp, Box<Expr>),
    /// `not e`.
    Not(Box<Expr>),
    /// `first op1 e1 op2 e2 ...`, each operand evaluated at most once.
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    /// `a and b and ...` (true) / `a or b or ...` (false), with Python's value semantics.
    BoolOp(bool, Vec<Expr>),
    /// `body if test else orelse`.
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// A direct call of a user function. `args` are in evaluation order,
    /// each with the index of the parameter it binds; every parameter is
    /// bound exactly once (defaults included).
    Call {
        /// The callee.
        func: FuncId,
        /// (parameter index, argument), in evaluation order.
        args: Vec<(u32, Expr)>,
        /// When the `def` may not have run yet: the global flag it sets,
        /// checked first (NameError when unbound).
        check_defined: Option<GlobalId>,
    },
    /// A call whose arguments do not fit the callee: evaluates the
    /// arguments, then raises `TypeError(message)`, as CPython does.
    BadCall(Vec<Expr>, String),
    /// A call of a builtin.
    Builtin(Builtin, Vec<Expr>),
    /// A tuple display `(a, b, ...)`.
    Tuple(Vec<Expr>),
    /// A list display `[a, b, ...]`.
    List(Vec<Expr>),
    /// A set display `{a, b, ...}` (never empty).
    Set(Vec<Expr>),
    /// A dict display `{k: v, ...}`.
    Dict(Vec<(Expr, Expr)>),
    /// Run the statements, then evaluate the expression (comprehensions
    /// and other desugarings; the statements bind only hidden locals).
    Block(Vec<Stmt>, Box<Expr>),
    /// A user function as a value (a `def` named without a call, or a
    /// lifted lambda with the values it captures: its trailing parameters).
    FuncRef(FuncId, Vec<Expr>),
    /// `f(args)` for a value `f`: dispatched at run time.
    CallValue(Box<Expr>, Vec<Expr>),
    /// An optional argument that was not given (the runtime's UNBOUND).
    Absent,
    /// Augmented assignment's `a op= b`: in place for mutable containers
    /// (`list += ...`), the plain operator otherwise.
    InPlace(BinOp, Box<Expr>, Box<Expr>),
    /// `recv.name(args)`, dispatched on the receiver's type at run time.
    /// The last `kwnames.len()` arguments are passed by keyword.
    MethodCall(Box<Expr>, String, Vec<Expr>, Vec<String>),
    /// `value[index]`.
    Index(Box<Expr>, Box<Expr>),
    /// `value[lower:upper:step]` (absent bounds are `None`).
    Slice(
        Box<Expr>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
        Option<Box<Expr>>,
    ),
    /// An f-string: its parts are concatenated.
    FString(Vec<FPart>),
    /// `sum(<generator expression>, start)` run as a loop, without a
    /// generator or a list.
    Sum(Box<SumFold>),
    /// `print(*args, sep=..., end=...)`.
    Print {
        /// Positional arguments.
        args: Vec<Expr>,
        /// `sep=`.
        sep: Option<Box<Expr>>,
        /// `end=`.
        end: Option<Box<Expr>>,
    },
}
