//! The table of runtime entry points: every function compiled code calls,
//! with its symbol and its machine signature.
//!
//! [`runtime_entries!`] holds the table and hands it to a callback macro.
//! This crate expands it into [`Rt`] (what the compiler calls); the runtime
//! expands it into a `const` per entry whose type is the entry's function
//! pointer type, initialised with the runtime's own function, so a mismatch
//! in name or types is a compile error.
//!
//! A row is `Variant = symbol(param types) -> result type;` in the types of
//! [`AbiTy`]. An entry whose parameters are `(Items, Usize)` takes a
//! variable number of values as a pointer and a count.

use crate::math::MathFn;
use crate::ops::{BinOp, CmpOp};

/// A machine type at the runtime boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AbiTy {
    /// A tagged value word (`u64`; see [`crate::value`]).
    Val,
    /// An unboxed float.
    F64,
    /// A 32-bit status or truth value.
    I32,
    /// A 32-bit unsigned number (kinds, line numbers).
    U32,
    /// A size or count (`usize`).
    Usize,
    /// A pointer to value words (`*const u64`).
    Items,
    /// A pointer to bytes (`*const u8`).
    Bytes,
    /// A pointer to the constant table (`*const ConstEntry`).
    ConstTable,
}

/// The Rust type of an [`AbiTy`] name, for the runtime's checks.
#[macro_export]
#[doc(hidden)]
macro_rules! abi_rust_ty {
    (Val) => { u64 };
    (F64) => { f64 };
    (I32) => { i32 };
    (U32) => { u32 };
    (Usize) => { usize };
    (Items) => { *const u64 };
    (Bytes) => { *const u8 };
    (ConstTable) => { *const $crate::layout::ConstEntry };
}

/// Hands the table of runtime entry points to the macro `$callback`, as
/// `$(#[doc] Variant = symbol(ParamTy, ...) [-> RetTy];)*`.
#[macro_export]
macro_rules! runtime_entries {
    ($callback:ident) => {
        $callback! {
            /// `str(v)`.
            Str = molt_str(Val) -> Val;
            /// `repr(v)`.
            Repr = molt_repr(Val) -> Val;
            /// `int(v)`.
            IntNew = molt_int_new(Val) -> Val;
            /// `int(v, base)`.
            IntNewBase = molt_int_new_base(Val, Val) -> Val;
            /// `float(v)`.
            FloatFrom = molt_float_from(Val) -> Val;
            /// `int(x)` for an `f64`.
            FloatToInt = molt_float_to_int(F64) -> Val;
            /// `bool(v)`.
            BoolFrom = molt_bool_from(Val) -> Val;
            /// `abs(v)`.
            Abs = molt_abs(Val) -> Val;
            /// `divmod(a, b)` as a tuple.
            Divmod = molt_divmod(Val, Val) -> Val;
            /// `pow(a, b, m)`.
            Pow3 = molt_pow3(Val, Val, Val) -> Val;
            /// `round(v)`.
            Round1 = molt_round1(Val) -> Val;
            /// `round(v, nd)` (`nd` None means `round(v)`).
            Round2 = molt_round2(Val, Val) -> Val;
            /// `hex(v)`.
            Hex = molt_hex(Val) -> Val;
            /// `bin(v)`.
            Bin = molt_bin(Val) -> Val;
            /// `oct(v)`.
            Oct = molt_oct(Val) -> Val;
            /// `len(v)`.
            Len = molt_len(Val) -> Val;
            /// `ord(v)`.
            Ord = molt_ord(Val) -> Val;
            /// `chr(v)`.
            Chr = molt_chr(Val) -> Val;
            /// `ascii(v)`.
            Ascii = molt_ascii(Val) -> Val;
            /// `format(v, spec)` (an f-string field `{v:spec}`); `spec` is a str.
            Format = molt_format(Val, Val) -> Val;
            /// Concatenation of `n` str values at `parts` (f-string assembly).
            StrJoin = molt_str_join(Items, Usize) -> Val;
            /// `obj[i]`.
            GetItem = molt_getitem(Val, Val) -> Val;
            /// `obj[start:stop:step]` (absent bounds are `None`).
            Slice = molt_slice(Val, Val, Val, Val) -> Val;
            /// `item in container`, as a bool value.
            Contains = molt_contains(Val, Val) -> Val;
            /// `iter(obj)`.
            Iter = molt_iter(Val) -> Val;
            /// The next item of an iterator, `UNBOUND` (0x0A) when exhausted, `0` on error.
            IterNext = molt_iter_next(Val) -> Val;
            /// `items[0].items[1](*items[2..n])`: a method call on a builtin value
            /// (the name is a str; positional arguments only).
            CallMethod = molt_call_method(Items, Usize) -> Val;
            /// A new tuple of `n` items at `items` (each increfed).
            TupleNew = molt_tuple_new(Items, Usize) -> Val;
            /// `enumerate(obj, start)`.
            Enumerate = molt_enumerate(Val, Val) -> Val;
            /// `zip(*objs)`.
            Zip = molt_zip(Items, Usize) -> Val;
            /// `a, b, ... = v`: returns a tuple of exactly `n` items (`n` a small int).
            Unpack = molt_unpack(Val, Val) -> Val;
            /// `min(*args)` (one argument: its items).
            Min = molt_min(Items, Usize) -> Val;
            /// `max(*args)` (one argument: its items).
            Max = molt_max(Items, Usize) -> Val;
            /// `operator.index(v)`.
            Index = molt_index(Val) -> Val;
            /// A new list of `n` items at `items` (each increfed; `items` may dangle when `n == 0`).
            ListNew = molt_list_new(Items, Usize) -> Val;
            /// `list.append(v)`: returns None, or 0 with TypeError when `list` is not a list.
            ListAppend = molt_list_append(Val, Val) -> Val;
            /// `list(obj)`; `list()` is `molt_list_new(NULL, 0)`.
            ListFrom = molt_list_from(Val) -> Val;
            /// `tuple(obj)`.
            TupleFrom = molt_tuple_from(Val) -> Val;
            /// `obj[key] = v`; returns None.
            SetItem = molt_setitem(Val, Val, Val) -> Val;
            /// `del obj[key]`; returns None.
            DelItem = molt_delitem(Val, Val) -> Val;
            /// `obj[start:stop:step] = v` (absent bounds are None; `v` any iterable); returns None.
            SetSlice = molt_setslice(Val, Val, Val, Val, Val) -> Val;
            /// `del obj[start:stop:step]` (absent bounds are None); returns None.
            DelSlice = molt_delslice(Val, Val, Val, Val) -> Val;
            /// `recv.name(*args, **kw)`: `items` = `[recv, name, args..., kwnames]`,
            /// where `kwnames` (a tuple of strs) names the last arguments.
            CallMethodKw = molt_call_method_kwv(Items, Usize) -> Val;
            /// `f(*args)`: `items[0]` is the callee, `items[1..n]` the arguments.
            CallValue = molt_call_v(Items, Usize) -> Val;
            /// `recv.get(key, default)` (`default` unbound when not given): a dict's
            /// lookup without dispatching on the method name.
            MethodGet = molt_m_get(Val, Val, Val) -> Val;
            /// `recv.append(v)`: a list's append without dispatching on the name.
            MethodAppend = molt_m_append(Val, Val) -> Val;
            /// `recv.add(v)`: a set's add without dispatching on the name.
            MethodAdd = molt_m_add(Val, Val) -> Val;
            /// `sorted(obj, key=key, reverse=reverse)`; `key` None/unbound = identity,
            /// `reverse` unbound = False.
            Sorted = molt_sorted(Val, Val, Val) -> Val;
            /// `reversed(obj)`.
            Reversed = molt_reversed(Val) -> Val;
            /// `sum(obj, start)` (`start` unbound = 0).
            Sum = molt_sum(Val, Val) -> Val;
            /// `any(obj)` as a bool value.
            Any = molt_any(Val) -> Val;
            /// `all(obj)` as a bool value.
            All = molt_all(Val) -> Val;
            /// `min(obj, key=key, default=default)` over one iterable.
            MinIter = molt_min_iter(Val, Val, Val) -> Val;
            /// `max(obj, key=key, default=default)` over one iterable.
            MaxIter = molt_max_iter(Val, Val, Val) -> Val;
            /// `next(it, default)`; `default` unbound raises StopIteration when exhausted.
            Next = molt_next(Val, Val) -> Val;
            /// `range(start, stop, step)`: `start` unbound means 0, `step` unbound means 1.
            RangeNew = molt_range_new(Val, Val, Val) -> Val;
            /// `set()`: a new empty set.
            SetNew = molt_set_new() -> Val;
            /// `set(iterable)`.
            SetFrom = molt_set_from(Val) -> Val;
            /// `s.add(v)` (set displays and comprehensions); returns None.
            SetAdd = molt_set_add(Val, Val) -> Val;
            /// `s.update(iterable)` (`{*a, *b}` displays); returns None.
            SetUpdate = molt_set_update(Val, Val) -> Val;
            /// `frozenset(iterable)` (`frozenset()` when `iterable` is `UNBOUND`).
            FrozenSetFrom = molt_frozenset_from(Val) -> Val;
            /// `{}`: a new empty dict.
            DictNew = molt_dict_new() -> Val;
            /// `dict(x)`: a new dict from a mapping or an iterable of pairs
            /// (`dict()` when `x` is `UNBOUND`).
            DictFrom = molt_dict_from(Val) -> Val;
            /// `d[k] = v`; returns None.
            DictSetItem = molt_dict_setitem(Val, Val, Val) -> Val;
            /// `d[k]` of a value known to be a dict.
            DictGetItem = molt_dict_getitem(Val, Val) -> Val;
            /// `dict(<generator expression>)`'s step: (dict, item, index) -> None.
            DictAddPair = molt_dict_add_pair(Val, Val, Val) -> Val;
            /// `hash(v)` as an int value.
            Hash = molt_hash(Val) -> Val;
            /// `dict.fromkeys(iterable, value)` (`value` None for the one-argument form).
            DictFromKeys = molt_dict_fromkeys(Val, Val) -> Val;
            /// `{..., **other}` in a dict display: `other` must be a mapping (CPython's
            /// `DICT_UPDATE`: `TypeError: 'int' object is not a mapping`). Returns None.
            DictUpdateDisplay = molt_dict_update_display(Val, Val) -> Val;
            /// `map(f, *iterables)`: `items` = `[f, iterables...]`.
            Map = molt_map_v(Items, Usize) -> Val;
            /// `zip(*objs, strict=True)`.
            ZipStrict = molt_zip_strict(Items, Usize) -> Val;
            /// `zip(*args)`: `args` is the list of iterables.
            ZipFrom = molt_zip_from(Val) -> Val;
            /// `print(*args, sep=sep, end=end)`: `args` is the list of values.
            PrintFrom = molt_print_from(Val, Val, Val) -> Val;
            /// `print(*args, sep=sep, end=end, file=file, flush=flush)`: `args` is the
            /// list of positional arguments; absent keywords are unbound. The file
            /// may be None (stdout), `sys.stdout` or `sys.stderr`.
            PrintTo = molt_print_to(Val, Val, Val, Val, Val) -> Val;
            /// `sys.stderr`.
            SysStderr = molt_sys_stderr() -> Val;
            /// `a, *b, c = v` with `before` targets before the star and `after` after
            /// it: a tuple of `before` items, the list of the middle ones, `after`
            /// items (`before`, `after`: small ints).
            UnpackEx = molt_unpack_ex(Val, Val, Val) -> Val;
            /// `input(prompt)` (`prompt` unbound: `input()`): a line of stdin without
            /// its newline; EOFError at the end.
            Input = molt_input(Val) -> Val;
            /// `bytes(x)` (`x` unbound: `bytes()`).
            BytesNew = molt_bytes_new(Val) -> Val;
            /// `bytearray(x)` (`x` unbound: `bytearray()`).
            ByteArrayNew = molt_bytearray_new(Val) -> Val;
            /// `bytes.fromhex(s)`.
            BytesFromHex = molt_bytes_fromhex(Val) -> Val;
            /// `bytearray.fromhex(s)`.
            ByteArrayFromHex = molt_bytearray_fromhex(Val) -> Val;
            /// `int.from_bytes(bytes, byteorder, signed=signed)`; `byteorder` and
            /// `signed` unbound when not given.
            IntFromBytes = molt_int_from_bytes(Val, Val, Val) -> Val;
            /// `float.fromhex(s)`.
            FloatFromHex = molt_float_fromhex(Val) -> Val;
            /// `str.maketrans(x, y, z)` (absent arguments unbound).
            StrMakeTrans = molt_str_maketrans(Val, Val, Val) -> Val;
            /// `type(v)`.
            TypeOf = molt_type_of(Val) -> Val;
            /// `slice(stop)`, `slice(start, stop)`, `slice(start, stop, step)`
            /// (absent arguments unbound).
            SliceNew = molt_slice_new(Val, Val, Val) -> Val;
            /// The builtin type named `name` (a str) as a value.
            TypeObject = molt_builtin_type(Val) -> Val;
            /// `sys.stdin`.
            SysStdin = molt_sys_stdin() -> Val;
            /// `sys.stdout`.
            SysStdout = molt_sys_stdout() -> Val;
            /// `sys.argv`: one list for the whole run (mutations persist).
            SysArgv = molt_sys_argv() -> Val;
            /// `sys.exit(code)` (`code` unbound: `sys.exit()`).
            SysExit = molt_sys_exit(Val) -> Val;
            /// `filter(func, iterable)`.
            Filter = molt_filter(Val, Val) -> Val;
            /// `isinstance(v, types)` where `types` is a small int: a bit set of
            /// builtin types (see `type_bits`).
            IsInstance = molt_isinstance(Val, Val) -> Val;
            /// `type(v).__name__`.
            TypeName = molt_type_name(Val) -> Val;
            /// `v.name` (`name` a str).
            GetAttr = molt_getattr(Val, Val) -> Val;
            /// `v.name = x` (`name` a str): None.
            SetAttr = molt_setattr(Val, Val, Val) -> Val;
            /// `del v.name` (`name` a str): None.
            DelAttr = molt_delattr(Val, Val) -> Val;
            /// A `class` statement: `(name, base or None, fields tuple, namespace dict)`
            /// to the class object.
            ClassNew = molt_class_new(Val, Val, Val, Val) -> Val;
            /// A new instance of a user class, its fields unset.
            InstanceNew = molt_instance_new(Val) -> Val;
            /// A method decorator's object: `(kind, func, setter, deleter)`, kind 0
            /// `staticmethod`, 1 `classmethod`, 2 `property`.
            DescrNew = molt_descr_new(Val, Val, Val, Val) -> Val;
            /// Checks `__init__`'s result is None: None.
            InitResult = molt_init_result(Val) -> Val;
            /// `f(*args, **kw)`: `items` = `[f, args..., kwnames]`, where `kwnames`
            /// (a tuple of strs) names the last arguments.
            CallKw = molt_call_kwv(Items, Usize) -> Val;
            /// `math.f(*args)`: `items[0]` is the function's id, the rest are the
            /// positional arguments (borrowed).
            MathCall = molt_math_call(Items, Usize) -> Val;
            /// `math.f` as a value: one immortal function object per function, made
            /// on first use (so `math.sqrt is math.sqrt`), taking positional arguments.
            MathValue = molt_math_value(Val) -> Val;
            /// `math.floor(x)` of an unboxed f64, as an int value.
            MathFloorF64 = molt_math_floor_f64(F64) -> Val;
            /// `math.ceil(x)` of an unboxed f64, as an int value.
            MathCeilF64 = molt_math_ceil_f64(F64) -> Val;
            /// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)`; an absent
            /// tolerance is `UNBOUND`.
            MathIsclose = molt_math_isclose(Val, Val, Val, Val) -> Val;
            /// `math.prod(iterable, start=start)`; an absent start is `UNBOUND`.
            MathProd = molt_math_prod(Val, Val) -> Val;
            /// `time.f()` for a clock `f` read as float seconds (`time`,
            /// `monotonic`, `perf_counter`, `process_time`); the argument is the
            /// function's id ([`crate::TimeFn`]).
            TimeClockF64 = molt_time_clock_f64(Val) -> F64;
            /// `time.f_ns()` for a clock read as int nanoseconds; the argument is
            /// the function's id.
            TimeClockNs = molt_time_clock_ns(Val) -> Val;
            /// `time.sleep(secs)`: None, after sleeping.
            TimeSleep = molt_time_sleep(Val) -> Val;
            /// `time.f` as a value: one immortal function object per function, made
            /// on first use (so `time.sleep is time.sleep`), taking positional arguments.
            TimeValue = molt_time_value(Val) -> Val;

            // ---- generic binary operators (`molt_add` ..), their in-place forms and rich comparisons
            /// `a + b`.
            Add = molt_add(Val, Val) -> Val;
            /// `a - b`.
            Sub = molt_sub(Val, Val) -> Val;
            /// `a * b`.
            Mul = molt_mul(Val, Val) -> Val;
            /// `a / b`.
            TrueDiv = molt_truediv(Val, Val) -> Val;
            /// `a // b`.
            FloorDiv = molt_floordiv(Val, Val) -> Val;
            /// `a % b`.
            Mod = molt_mod(Val, Val) -> Val;
            /// `a ** b`.
            Pow = molt_pow(Val, Val) -> Val;
            /// `a << b`.
            LShift = molt_lshift(Val, Val) -> Val;
            /// `a >> b`.
            RShift = molt_rshift(Val, Val) -> Val;
            /// `a & b`.
            BitAnd = molt_bitand(Val, Val) -> Val;
            /// `a | b`.
            BitOr = molt_bitor(Val, Val) -> Val;
            /// `a ^ b`.
            BitXor = molt_bitxor(Val, Val) -> Val;
            /// `a += b`.
            InplaceAdd = molt_inplace_add(Val, Val) -> Val;
            /// `a -= b`.
            InplaceSub = molt_inplace_sub(Val, Val) -> Val;
            /// `a *= b`.
            InplaceMul = molt_inplace_mul(Val, Val) -> Val;
            /// `a /= b`.
            InplaceTrueDiv = molt_inplace_truediv(Val, Val) -> Val;
            /// `a //= b`.
            InplaceFloorDiv = molt_inplace_floordiv(Val, Val) -> Val;
            /// `a %= b`.
            InplaceMod = molt_inplace_mod(Val, Val) -> Val;
            /// `a **= b`.
            InplacePow = molt_inplace_pow(Val, Val) -> Val;
            /// `a <<= b`.
            InplaceLShift = molt_inplace_lshift(Val, Val) -> Val;
            /// `a >>= b`.
            InplaceRShift = molt_inplace_rshift(Val, Val) -> Val;
            /// `a &= b`.
            InplaceBitAnd = molt_inplace_and(Val, Val) -> Val;
            /// `a |= b`.
            InplaceBitOr = molt_inplace_or(Val, Val) -> Val;
            /// `a ^= b`.
            InplaceBitXor = molt_inplace_xor(Val, Val) -> Val;
            /// `a < b` as a bool value.
            CmpLt = molt_lt(Val, Val) -> Val;
            /// `a <= b` as a bool value.
            CmpLe = molt_le(Val, Val) -> Val;
            /// `a > b` as a bool value.
            CmpGt = molt_gt(Val, Val) -> Val;
            /// `a >= b` as a bool value.
            CmpGe = molt_ge(Val, Val) -> Val;
            /// `a == b` as a bool value.
            CmpEq = molt_eq(Val, Val) -> Val;
            /// `a != b` as a bool value.
            CmpNe = molt_ne(Val, Val) -> Val;

            // ---- str methods on receivers known to be strs
            /// `s.upper()`.
            SUpper = molt_s_upper(Val) -> Val;
            /// `s.lower()`.
            SLower = molt_s_lower(Val) -> Val;
            /// `s.strip([chars])`.
            SStrip = molt_s_strip(Val, Val) -> Val;
            /// `s.lstrip([chars])`.
            SLStrip = molt_s_lstrip(Val, Val) -> Val;
            /// `s.rstrip([chars])`.
            SRStrip = molt_s_rstrip(Val, Val) -> Val;
            /// `s.split([sep])`.
            SSplit = molt_s_split(Val, Val) -> Val;
            /// `s.splitlines()`.
            SSplitLines = molt_s_splitlines(Val) -> Val;
            /// `sep.join(iterable)`.
            SJoin = molt_s_join(Val, Val) -> Val;
            /// `s.replace(old, new)`.
            SReplace = molt_s_replace(Val, Val, Val) -> Val;
            /// `s.startswith(prefix)`.
            SStartsWith = molt_s_startswith(Val, Val) -> Val;
            /// `s.endswith(suffix)`.
            SEndsWith = molt_s_endswith(Val, Val) -> Val;
            /// `s.find(sub)`.
            SFind = molt_s_find(Val, Val) -> Val;
            /// `s.count(sub)`.
            SCount = molt_s_count(Val, Val) -> Val;
            /// `sep.join([a, b, ...])` for a list display: the items are joined
            /// without building the list. `items[0]` is the separator.
            SJoinItems = molt_s_join_items(Items, Usize) -> Val;

            // ---- math functions on unboxed floats
            /// `math.acos` on unboxed floats (the error sentinel when it raises).
            MathAcosF64 = molt_math_acos_f64(F64) -> F64;
            /// `math.acosh` on unboxed floats (the error sentinel when it raises).
            MathAcoshF64 = molt_math_acosh_f64(F64) -> F64;
            /// `math.asin` on unboxed floats (the error sentinel when it raises).
            MathAsinF64 = molt_math_asin_f64(F64) -> F64;
            /// `math.asinh` on unboxed floats (the error sentinel when it raises).
            MathAsinhF64 = molt_math_asinh_f64(F64) -> F64;
            /// `math.atan` on unboxed floats (the error sentinel when it raises).
            MathAtanF64 = molt_math_atan_f64(F64) -> F64;
            /// `math.atanh` on unboxed floats (the error sentinel when it raises).
            MathAtanhF64 = molt_math_atanh_f64(F64) -> F64;
            /// `math.cbrt` on unboxed floats (the error sentinel when it raises).
            MathCbrtF64 = molt_math_cbrt_f64(F64) -> F64;
            /// `math.cos` on unboxed floats (the error sentinel when it raises).
            MathCosF64 = molt_math_cos_f64(F64) -> F64;
            /// `math.cosh` on unboxed floats (the error sentinel when it raises).
            MathCoshF64 = molt_math_cosh_f64(F64) -> F64;
            /// `math.erf` on unboxed floats (the error sentinel when it raises).
            MathErfF64 = molt_math_erf_f64(F64) -> F64;
            /// `math.erfc` on unboxed floats (the error sentinel when it raises).
            MathErfcF64 = molt_math_erfc_f64(F64) -> F64;
            /// `math.exp` on unboxed floats (the error sentinel when it raises).
            MathExpF64 = molt_math_exp_f64(F64) -> F64;
            /// `math.exp2` on unboxed floats (the error sentinel when it raises).
            MathExp2F64 = molt_math_exp2_f64(F64) -> F64;
            /// `math.expm1` on unboxed floats (the error sentinel when it raises).
            MathExpm1F64 = molt_math_expm1_f64(F64) -> F64;
            /// `math.gamma` on unboxed floats (the error sentinel when it raises).
            MathGammaF64 = molt_math_gamma_f64(F64) -> F64;
            /// `math.lgamma` on unboxed floats (the error sentinel when it raises).
            MathLgammaF64 = molt_math_lgamma_f64(F64) -> F64;
            /// `math.log` on unboxed floats (the error sentinel when it raises).
            MathLogF64 = molt_math_log_f64(F64) -> F64;
            /// `math.log10` on unboxed floats (the error sentinel when it raises).
            MathLog10F64 = molt_math_log10_f64(F64) -> F64;
            /// `math.log1p` on unboxed floats (the error sentinel when it raises).
            MathLog1pF64 = molt_math_log1p_f64(F64) -> F64;
            /// `math.log2` on unboxed floats (the error sentinel when it raises).
            MathLog2F64 = molt_math_log2_f64(F64) -> F64;
            /// `math.sin` on unboxed floats (the error sentinel when it raises).
            MathSinF64 = molt_math_sin_f64(F64) -> F64;
            /// `math.sinh` on unboxed floats (the error sentinel when it raises).
            MathSinhF64 = molt_math_sinh_f64(F64) -> F64;
            /// `math.sqrt` on unboxed floats (the error sentinel when it raises).
            MathSqrtF64 = molt_math_sqrt_f64(F64) -> F64;
            /// `math.tan` on unboxed floats (the error sentinel when it raises).
            MathTanF64 = molt_math_tan_f64(F64) -> F64;
            /// `math.tanh` on unboxed floats (the error sentinel when it raises).
            MathTanhF64 = molt_math_tanh_f64(F64) -> F64;
            /// `math.ulp` on unboxed floats (the error sentinel when it raises).
            MathUlpF64 = molt_math_ulp_f64(F64) -> F64;
            /// `math.atan2` on unboxed floats (the error sentinel when it raises).
            MathAtan2F64 = molt_math_atan2_f64(F64, F64) -> F64;
            /// `math.copysign` on unboxed floats (the error sentinel when it raises).
            MathCopysignF64 = molt_math_copysign_f64(F64, F64) -> F64;
            /// `math.fmod` on unboxed floats (the error sentinel when it raises).
            MathFmodF64 = molt_math_fmod_f64(F64, F64) -> F64;
            /// `math.hypot` on unboxed floats (the error sentinel when it raises).
            MathHypotF64 = molt_math_hypot_f64(F64, F64) -> F64;
            /// `math.nextafter` on unboxed floats (the error sentinel when it raises).
            MathNextafterF64 = molt_math_nextafter_f64(F64, F64) -> F64;
            /// `math.pow` on unboxed floats (the error sentinel when it raises).
            MathPowF64 = molt_math_pow_f64(F64, F64) -> F64;
            /// `math.remainder` on unboxed floats (the error sentinel when it raises).
            MathRemainderF64 = molt_math_remainder_f64(F64, F64) -> F64;

            // ---- used by code generation directly
            /// Frees a heap object whose count inline code brought to zero, releasing
            /// its children.
            Dealloc = molt_dealloc(Val);
            /// Clears the pending exception and its traceback.
            ErrClear = molt_err_clear();
            /// 1 if an exception is pending, else 0.
            ErrOccurred = molt_err_occurred() -> I32;
            /// `a // b` on unboxed floats.
            FloatFloordiv = molt_float_floordiv(F64, F64) -> F64;
            /// `a % b` on unboxed floats.
            FloatMod = molt_float_mod(F64, F64) -> F64;
            /// A new float object.
            FloatNew = molt_float_new(F64) -> Val;
            /// `a ** b` on unboxed floats.
            FloatPow = molt_float_pow(F64, F64) -> F64;
            /// `a / b` on unboxed floats.
            FloatTruediv = molt_float_truediv(F64, F64) -> F64;
            /// A new function object calling `code` with `env`; `name` is a str.
            /// A function object for compiled code: `code` is the boxed entry point
            /// of a function of `nparams + env_n` parameters, `name` its name (UTF-8),
            /// `env` the `env_n` captured values (new references are taken); callers
            /// must pass at least `min_args` arguments (missing ones arrive unbound).
            FuncNew = molt_func_new(Usize, Usize, Bytes, Usize, Items, Usize, Usize) -> Val;
            /// Makes the `n` constants of `table`, in order (a tuple's items that are
            /// objects come earlier in the table, so their slots are filled).
            InitConsts = molt_init_consts(ConstTable, Usize);
            /// `float(i)` for an int or bool; OverflowError when too large.
            IntToF64 = molt_int_to_f64(Val) -> F64;
            /// `~v`.
            Invert = molt_invert(Val) -> Val;
            /// Truth value: 1 or 0 (never fails for the current types; -1 is reserved
            /// for errors from user-defined `__bool__`).
            IsTrue = molt_is_true(Val) -> I32;
            /// `-v`.
            Neg = molt_neg(Val) -> Val;
            /// `+v`.
            Pos = molt_pos(Val) -> Val;
            /// `print(*args, sep=sep, end=end)`; `sep`/`end` unbound or None mean the
            /// defaults. Returns None.
            Print = molt_print(Items, Usize, Val, Val) -> Val;
            /// `assert cond, msg`: raises `AssertionError` (bare when `msg` is unbound,
            /// else with `str(msg)`). Always returns 0.
            RaiseAssertion = molt_raise_assertion(Val) -> Val;
            /// Raises exception `kind` with the UTF-8 message `msg[..len]` (the exact
            /// text printed after `Kind: `; empty = bare `Kind`). Always returns 0.
            RaiseMsg = molt_raise_msg(U32, Bytes, Usize) -> Val;
            /// Raises `RecursionError: maximum recursion depth exceeded`. Returns 0.
            RaiseRecursion = molt_raise_recursion() -> Val;
            /// Stores the main source path used in traceback lines.
            SetMainFile = molt_set_main_file(Bytes, Usize);
            /// Records one frame of the propagating exception (innermost first).
            TbPush = molt_tb_push(Bytes, Usize, U32);

            // Builtins that used to compile and then raise NameError
            // (`introspect.rs`): module dunders, singletons, introspection.
            /// `__file__`: the main file's path as given (a str), joined to the
            /// working directory when relative, as CPython does.
            MainFile = molt_main_file(Val) -> Val;
            /// `Ellipsis` (`...`), one immortal object.
            Ellipsis = molt_ellipsis() -> Val;
            /// `NotImplemented`, one immortal object.
            NotImplemented = molt_not_implemented() -> Val;
            /// `callable(v)`.
            Callable = molt_callable(Val) -> Val;
            /// `hasattr(v, name)`.
            HasAttr = molt_hasattr(Val, Val) -> Val;
            /// `getattr(v, name, default)`.
            GetAttrDefault = molt_getattr_default(Val, Val, Val) -> Val;
            /// `bytes(s, encoding, errors)` (`bytearray` when `which` is True);
            /// `errors` unbound when not given.
            BytesEncoded = molt_bytes_encoded(Val, Val, Val, Val) -> Val;
        }
    };
}

macro_rules! define_rt {
    ($($(#[doc = $doc:literal])* $variant:ident = $sym:ident ($($p:ident),*) $(-> $r:ident)?;)*) => {
        /// A runtime entry point compiled code calls (one per row of
        /// [`runtime_entries!`]).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Rt {
            $($(#[doc = $doc])* $variant,)*
        }

        impl Rt {
            /// Every entry point, in table order.
            pub const ALL: &'static [Rt] = &[$(Rt::$variant,)*];

            /// The exported symbol.
            pub fn symbol(self) -> &'static str {
                match self {
                    $(Rt::$variant => stringify!($sym),)*
                }
            }

            /// The parameter types, in order.
            pub fn params(self) -> &'static [AbiTy] {
                match self {
                    $(Rt::$variant => &[$(AbiTy::$p),*],)*
                }
            }

            /// The result type (`None`: returns nothing).
            pub fn ret(self) -> Option<AbiTy> {
                match self {
                    $(Rt::$variant => define_rt!(@ret $($r)?),)*
                }
            }
        }
    };
    (@ret) => { None };
    (@ret $r:ident) => { Some(AbiTy::$r) };
}

runtime_entries!(define_rt);

impl Rt {
    /// Whether the entry takes its values as a pointer and a count.
    pub fn varargs(self) -> bool {
        self.params() == [AbiTy::Items, AbiTy::Usize]
    }

    /// The generic binary operator on objects (`molt_add` ..).
    pub fn binop(op: BinOp) -> Rt {
        match op {
            BinOp::Add => Rt::Add,
            BinOp::Sub => Rt::Sub,
            BinOp::Mul => Rt::Mul,
            BinOp::TrueDiv => Rt::TrueDiv,
            BinOp::FloorDiv => Rt::FloorDiv,
            BinOp::Mod => Rt::Mod,
            BinOp::Pow => Rt::Pow,
            BinOp::LShift => Rt::LShift,
            BinOp::RShift => Rt::RShift,
            BinOp::BitAnd => Rt::BitAnd,
            BinOp::BitOr => Rt::BitOr,
            BinOp::BitXor => Rt::BitXor,
        }
    }

    /// `a op= b` on objects: in place for mutable containers, else [`Rt::binop`].
    pub fn inplace(op: BinOp) -> Rt {
        match op {
            BinOp::Add => Rt::InplaceAdd,
            BinOp::Sub => Rt::InplaceSub,
            BinOp::Mul => Rt::InplaceMul,
            BinOp::TrueDiv => Rt::InplaceTrueDiv,
            BinOp::FloorDiv => Rt::InplaceFloorDiv,
            BinOp::Mod => Rt::InplaceMod,
            BinOp::Pow => Rt::InplacePow,
            BinOp::LShift => Rt::InplaceLShift,
            BinOp::RShift => Rt::InplaceRShift,
            BinOp::BitAnd => Rt::InplaceBitAnd,
            BinOp::BitOr => Rt::InplaceBitOr,
            BinOp::BitXor => Rt::InplaceBitXor,
        }
    }

    /// The rich comparison on objects, as a bool value; `None` for the
    /// identity and membership tests, which are not rich comparisons.
    pub fn compare(op: CmpOp) -> Option<Rt> {
        Some(match op {
            CmpOp::Lt => Rt::CmpLt,
            CmpOp::Le => Rt::CmpLe,
            CmpOp::Gt => Rt::CmpGt,
            CmpOp::Ge => Rt::CmpGe,
            CmpOp::Eq => Rt::CmpEq,
            CmpOp::Ne => Rt::CmpNe,
            CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn => return None,
        })
    }

    /// The entry of `math.f` on one unboxed float, when it has one.
    pub fn math_f64(f: MathFn) -> Option<Rt> {
        MATH_F64.iter().find(|(g, _)| *g == f).map(|(_, r)| *r)
    }

    /// The entry of `math.f` on two unboxed floats, when it has one
    /// (`hypot` for exactly two arguments).
    pub fn math_f64x2(f: MathFn) -> Option<Rt> {
        MATH_F64X2.iter().find(|(g, _)| *g == f).map(|(_, r)| *r)
    }

    /// Whether this is an unboxed-float `math` entry: pure, it only reads
    /// its arguments (it may raise).
    pub fn is_math_f64(self) -> bool {
        MATH_F64.iter().chain(MATH_F64X2).any(|(_, r)| *r == self)
    }
}

/// The `math` functions with an entry point `f64 -> f64`.
const MATH_F64: &[(MathFn, Rt)] = &[
    (MathFn::Floor, Rt::MathFloorF64),
    (MathFn::Ceil, Rt::MathCeilF64),
    (MathFn::Floor, Rt::MathFloorF64),
    (MathFn::Ceil, Rt::MathCeilF64),
    (MathFn::Acos, Rt::MathAcosF64),
    (MathFn::Acosh, Rt::MathAcoshF64),
    (MathFn::Asin, Rt::MathAsinF64),
    (MathFn::Asinh, Rt::MathAsinhF64),
    (MathFn::Atan, Rt::MathAtanF64),
    (MathFn::Atanh, Rt::MathAtanhF64),
    (MathFn::Cbrt, Rt::MathCbrtF64),
    (MathFn::Cos, Rt::MathCosF64),
    (MathFn::Cosh, Rt::MathCoshF64),
    (MathFn::Erf, Rt::MathErfF64),
    (MathFn::Erfc, Rt::MathErfcF64),
    (MathFn::Exp, Rt::MathExpF64),
    (MathFn::Exp2, Rt::MathExp2F64),
    (MathFn::Expm1, Rt::MathExpm1F64),
    (MathFn::Gamma, Rt::MathGammaF64),
    (MathFn::Lgamma, Rt::MathLgammaF64),
    (MathFn::Log, Rt::MathLogF64),
    (MathFn::Log10, Rt::MathLog10F64),
    (MathFn::Log1p, Rt::MathLog1pF64),
    (MathFn::Log2, Rt::MathLog2F64),
    (MathFn::Sin, Rt::MathSinF64),
    (MathFn::Sinh, Rt::MathSinhF64),
    (MathFn::Sqrt, Rt::MathSqrtF64),
    (MathFn::Tan, Rt::MathTanF64),
    (MathFn::Tanh, Rt::MathTanhF64),
    (MathFn::Ulp, Rt::MathUlpF64),
];

/// The `math` functions with an entry point `(f64, f64) -> f64`.
const MATH_F64X2: &[(MathFn, Rt)] = &[
    (MathFn::Atan2, Rt::MathAtan2F64),
    (MathFn::Copysign, Rt::MathCopysignF64),
    (MathFn::Fmod, Rt::MathFmodF64),
    (MathFn::Hypot, Rt::MathHypotF64),
    (MathFn::Nextafter, Rt::MathNextafterF64),
    (MathFn::Pow, Rt::MathPowF64),
    (MathFn::Remainder, Rt::MathRemainderF64),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_are_unique_and_prefixed() {
        let mut seen = std::collections::HashSet::new();
        for r in Rt::ALL {
            assert!(r.symbol().starts_with("molt_"), "{r:?}");
            assert!(seen.insert(r.symbol()), "{} twice", r.symbol());
        }
    }

    #[test]
    fn operator_maps_cover_every_operator() {
        for op in BinOp::ALL {
            assert_eq!(Rt::binop(op).params(), [AbiTy::Val, AbiTy::Val]);
            assert!(Rt::inplace(op).symbol().starts_with("molt_inplace_"));
        }
    }
}
