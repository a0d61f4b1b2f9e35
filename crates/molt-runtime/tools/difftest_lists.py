"""Differential test of lists, function objects, ranges and the iteration
builtins against python3.11 (developer tool, needs cc).

Like difftest_methods.py, it builds one C driver (difftest_driver.py's
prelude plus the ops below) and feeds it one case per stdin line:

    C name args...   call a runtime function, print repr(result)
    I name args...   call it, print repr(list(result)) (lazy iterators)
    X name args...   call it, print repr(result) ;; repr(first argument)
                     (in-place operations: setitem, +=, ...)
    M n items...     molt_call_method, then ;; repr(receiver)
    K n nkw items... molt_call_method_kw, the last nkw tokens are the names
    N obj default    next(it, default) three times on it = iter(obj)

Extra value tokens: `R a b c` is range(a, b, c) (U = absent), `k:name` a
function object whose code is a C trampoline mirroring FUNCS below.
Expected outputs come from python3.11 evaluating the same operations on a
fresh decoding of the same tokens (so NaN identities match the driver's).
Sorting cases use lists up to a few hundred items with NaNs and
mixed-type tuples, so comparisons fail and disagree inside timsort's merges
and galloping, and the partially sorted list left behind is compared too.

Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    python3.11 crates/molt-runtime/tools/difftest_lists.py [N_RANDOM]
"""
import math
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_driver import DRIVER_PRELUDE, encode, run  # noqa: E402

FUNC_NAMES = ["neg", "len", "str", "abs", "mod3", "inv", "ident", "add", "first", "isneg"]

DRIVER = DRIVER_PRELUDE + r"""
V molt_call_method(const V*, size_t); V molt_call_method_kw(const V*, size_t, V);
typedef V (*Fn)(void);
V molt_list_from(V); V molt_tuple_from(V); V molt_sorted(V, V, V); V molt_reversed(V);
V molt_sum(V, V); V molt_any(V); V molt_all(V); V molt_min_iter(V, V, V); V molt_max_iter(V, V, V);
V molt_filter(V, V); V molt_map(V, const V*, size_t); V molt_next(V, V); V molt_iter(V);
V molt_len(V); V molt_repr(V); V molt_str(V); V molt_bool_from(V); V molt_add(V, V); V molt_mul(V, V);
V molt_eq(V, V); V molt_ne(V, V); V molt_lt(V, V); V molt_le(V, V); V molt_gt(V, V); V molt_ge(V, V);
V molt_getitem(V, V); V molt_slice(V, V, V, V); V molt_contains(V, V); V molt_range_new(V, V, V);
V molt_setitem(V, V, V); V molt_delitem(V, V); V molt_setslice(V, V, V, V, V); V molt_delslice(V, V, V, V);
V molt_inplace_add(V, V); V molt_inplace_mul(V, V); V molt_unpack(V, V); V molt_format(V, V);
V molt_min(const V*, size_t); V molt_max(const V*, size_t); V molt_enumerate(V, V);
V molt_func_new_native(void*, V, V); V molt_neg(V); V molt_abs(V); V molt_mod(V, V); V molt_truediv(V, V);
V molt_raise_msg(unsigned, const unsigned char*, size_t); void molt_incref(V); V molt_is_true(V);
V molt_list_append(V, V);

static V arity(const char *name, size_t want, size_t n) {
  char msg[200];
  snprintf(msg, sizeof msg, "%s() takes %zu positional argument%s but %zu were given", name, want, want == 1 ? "" : "s", n);
  if (n == 1) snprintf(msg, sizeof msg, "%s() missing 1 required positional argument: 'y'", name);
  return molt_raise_msg(6, (const unsigned char*)msg, strlen(msg));
}
static V small(long long i) { return (V)((i << 1) | 1); }
static V f_neg(V env, const V *a, size_t n) { return n != 1 ? arity("neg", 1, n) : molt_neg(a[0]); }
static V f_len(V env, const V *a, size_t n) { return n != 1 ? arity("len_", 1, n) : molt_len(a[0]); }
static V f_str(V env, const V *a, size_t n) { return n != 1 ? arity("str_", 1, n) : molt_str(a[0]); }
static V f_abs(V env, const V *a, size_t n) { return n != 1 ? arity("abs_", 1, n) : molt_abs(a[0]); }
static V f_mod3(V env, const V *a, size_t n) { return n != 1 ? arity("mod3", 1, n) : molt_mod(a[0], small(3)); }
static V f_inv(V env, const V *a, size_t n) { return n != 1 ? arity("inv", 1, n) : molt_truediv(small(1), a[0]); }
static V f_ident(V env, const V *a, size_t n) { if (n != 1) return arity("ident", 1, n); molt_incref(a[0]); return a[0]; }
static V f_add(V env, const V *a, size_t n) { return n != 2 ? arity("add", 2, n) : molt_add(a[0], a[1]); }
static V f_first(V env, const V *a, size_t n) { return n != 1 ? arity("first", 1, n) : molt_getitem(a[0], small(0)); }
static V f_isneg(V env, const V *a, size_t n) { return n != 1 ? arity("isneg", 1, n) : molt_lt(a[0], small(0)); }
static struct { const char *name; void *code; } FUNCS[] = {
  {"neg", f_neg}, {"len", f_len}, {"str", f_str}, {"abs", f_abs}, {"mod3", f_mod3}, {"inv", f_inv},
  {"ident", f_ident}, {"add", f_add}, {"first", f_first}, {"isneg", f_isneg}};

static V val(void) {
  while (*cur == ' ') cur++;
  if (cur[0] == 'k' && cur[1] == ':') {
    char *t = tok() + 2;
    for (size_t i = 0; i < sizeof FUNCS / sizeof FUNCS[0]; i++)
      if (!strcmp(FUNCS[i].name, t)) {
        V name = molt_str_from_utf8((const unsigned char*)t, strlen(t));
        V f = molt_func_new_native(FUNCS[i].code, 0x02, name);
        molt_decref(name);
        return f;
      }
    abort();
  }
  if (cur[0] == 'R' && cur[1] == ' ') {
    tok();
    V a = val(), b = val(), c = val();
    V r = molt_range_new(a, b, c);
    molt_decref(a); molt_decref(b); molt_decref(c);
    if (r == 0) { V e = molt_err_fetch(); molt_decref(e); return 0x02; }
    return r;
  }
  return value();
}

static struct { const char *name; int n; void *f; } CALLS[] = {
  {"list", 1, molt_list_from}, {"tuple", 1, molt_tuple_from}, {"sorted", 3, molt_sorted},
  {"reversed", 1, molt_reversed}, {"sum", 2, molt_sum}, {"any", 1, molt_any}, {"all", 1, molt_all},
  {"min_iter", 3, molt_min_iter}, {"max_iter", 3, molt_max_iter}, {"filter", 2, molt_filter},
  {"iter", 1, molt_iter}, {"len", 1, molt_len}, {"repr", 1, molt_repr}, {"str", 1, molt_str},
  {"bool", 1, molt_bool_from}, {"add", 2, molt_add}, {"mul", 2, molt_mul}, {"eq", 2, molt_eq},
  {"ne", 2, molt_ne}, {"lt", 2, molt_lt}, {"le", 2, molt_le}, {"gt", 2, molt_gt}, {"ge", 2, molt_ge},
  {"getitem", 2, molt_getitem}, {"slice", 4, molt_slice}, {"contains", 2, molt_contains},
  {"range", 3, molt_range_new}, {"setitem", 3, molt_setitem}, {"delitem", 2, molt_delitem},
  {"setslice", 5, molt_setslice}, {"delslice", 4, molt_delslice}, {"iadd", 2, molt_inplace_add},
  {"imul", 2, molt_inplace_mul}, {"unpack", 2, molt_unpack}, {"format", 2, molt_format},
  {"enumerate", 2, molt_enumerate}, {"append", 2, molt_list_append}};

static void show_end(V r, const char *end) {
  V e = molt_str_from_utf8((const unsigned char*)end, strlen(end));
  V bang = molt_str_from_utf8((const unsigned char*)"!!", 2);
  if (r == 0) {
    V x = molt_err_fetch(); V s = molt_repr(x); V a[2] = {bang, s};
    molt_print(a, 2, 0x0A, e); molt_decref(s); molt_decref(x);
  } else {
    V s = molt_repr(r);
    if (s == 0) { V x = molt_err_fetch(); s = molt_repr(x); molt_decref(x); }
    V a[1] = {s}; molt_print(a, 1, 0x0A, e); molt_decref(s); molt_decref(r);
  }
  molt_decref(bang); molt_decref(e);
}

static char line[1 << 20];
V molt_module_main(void) {
  while (fgets(line, sizeof line, stdin)) {
    cur = line;
    char *op = tok();
    if (op[0] == 'C' || op[0] == 'I' || op[0] == 'X') {
      char *name = tok(); V a[8]; int n = -1; void *f = 0;
      for (size_t i = 0; i < sizeof CALLS / sizeof CALLS[0]; i++)
        if (!strcmp(CALLS[i].name, name)) { n = CALLS[i].n; f = CALLS[i].f; }
      if (!strcmp(name, "map") || !strcmp(name, "min") || !strcmp(name, "max")) {
        V g = !strcmp(name, "map") ? val() : 0;
        size_t k = strtoull(tok(), 0, 10);
        for (size_t i = 0; i < k; i++) a[i] = val();
        V r = g ? molt_map(g, a, k) : !strcmp(name, "min") ? molt_min(a, k) : molt_max(a, k);
        if (op[0] == 'I' && r) { V l = molt_list_from(r); molt_decref(r); r = l; }
        show_end(r, "\n");
        for (size_t i = 0; i < k; i++) molt_decref(a[i]);
        if (g) molt_decref(g);
        continue;
      }
      if (n < 0) abort();
      for (int i = 0; i < n; i++) a[i] = val();
      V r;
      switch (n) {
        case 1: r = ((V (*)(V))f)(a[0]); break;
        case 2: r = ((V (*)(V, V))f)(a[0], a[1]); break;
        case 3: r = ((V (*)(V, V, V))f)(a[0], a[1], a[2]); break;
        case 4: r = ((V (*)(V, V, V, V))f)(a[0], a[1], a[2], a[3]); break;
        default: r = ((V (*)(V, V, V, V, V))f)(a[0], a[1], a[2], a[3], a[4]); break;
      }
      if (op[0] == 'I' && r) { V l = molt_list_from(r); molt_decref(r); r = l; }
      if (op[0] == 'X') { show_end(r, " ;; "); molt_incref(a[0]); show_end(a[0], "\n"); }
      else show_end(r, "\n");
      for (int i = 0; i < n; i++) molt_decref(a[i]);
    } else if (op[0] == 'M' || op[0] == 'K') {
      size_t n = strtoull(tok(), 0, 10), nkw = op[0] == 'K' ? strtoull(tok(), 0, 10) : 0;
      V items[64];
      for (size_t i = 0; i < n; i++) items[i] = val();
      V names[8];
      for (size_t i = 0; i < nkw; i++) names[i] = val();
      V kw = molt_tuple_new(names, nkw);
      V r = op[0] == 'K' ? molt_call_method_kw(items, n, kw) : molt_call_method(items, n);
      show_end(r, " ;; "); molt_incref(items[0]); show_end(items[0], "\n");
      for (size_t i = 0; i < n; i++) molt_decref(items[i]);
      for (size_t i = 0; i < nkw; i++) molt_decref(names[i]);
      molt_decref(kw);
    } else if (op[0] == 'N') {
      V obj = val(), d = val();
      V it = molt_iter(obj);
      if (!it) { show_end(0, "\n"); } else {
        for (int i = 0; i < 3; i++) show_end(molt_next(it, d), i < 2 ? " ;; " : "\n");
        molt_decref(it);
      }
      molt_decref(obj); molt_decref(d);
    }
  }
  return 0x02;
}
"""


# ---------------------------------------------------------------- the Python side

def neg(x):
    return -x


def len_(x):
    return len(x)


def str_(x):
    return str(x)


def abs_(x):
    return abs(x)


def mod3(x):
    return x % 3


def inv(x):
    return 1 / x


def ident(x):
    return x


def add(x, y):
    return x + y


def first(x):
    return x[0]


def isneg(x):
    return x < 0


FUNCS = {"neg": neg, "len": len_, "str": str_, "abs": abs_, "mod3": mod3, "inv": inv, "ident": ident,
         "add": add, "first": first, "isneg": isneg}
FUNC_OBJS = {f: n for n, f in FUNCS.items()}
ABSENT = object()


class Fn:
    """A function value in a case (encoded as k:name)."""

    def __init__(self, name):
        self.name = name


class Rng:
    """A range value in a case (encoded as R a b c, U = absent)."""

    def __init__(self, *args):
        self.args = args


def enc(v):
    if isinstance(v, Fn):
        return "k:" + v.name
    if isinstance(v, Rng):
        return "R " + " ".join("U" if a is ABSENT else enc(a) for a in v.args)
    if v is ABSENT:
        return "U"
    return encode(v)


def decode_tokens(toks):
    """Mirror of the C parser: fresh objects for every token."""
    def value():
        t = toks.pop(0)
        if t == "N":
            return None
        if t == "T":
            return True
        if t == "F":
            return False
        if t == "U":
            return ABSENT
        if t.startswith("i:"):
            return int(t[2:])
        if t.startswith("f:"):
            return struct.unpack("<d", struct.pack("<Q", int(t[2:], 16)))[0]
        if t.startswith("s:"):
            return bytes.fromhex(t[2:]).decode()
        if t.startswith("t:"):
            return tuple(value() for _ in range(int(t[2:])))
        if t.startswith("l:"):
            return [value() for _ in range(int(t[2:]))]
        if t.startswith("k:"):
            return FUNCS[t[2:]]
        if t == "R":
            a, b, c = value(), value(), value()
            try:
                if a is ABSENT:
                    return range(b) if c is ABSENT else range(0, b, c)
                return range(a, b) if c is ABSENT else range(a, b, c)
            except Exception:  # noqa: BLE001
                return None
        raise ValueError(t)
    return value


def rep(f):
    try:
        return repr(f())
    except Exception as e:  # noqa: BLE001
        return "!! " + repr(e)


def opt(v):
    return None if v is ABSENT else v


PY_CALLS = {
    "list": list, "tuple": tuple, "reversed": reversed, "any": any, "all": all, "iter": iter, "len": len,
    "repr": repr, "str": str, "bool": bool,
    "sorted": lambda x, k, r: sorted(x, key=opt(k), reverse=False if r is ABSENT else r),
    "sum": lambda x, s: sum(x) if s is ABSENT else sum(x, s),
    "min_iter": lambda x, k, d: min(x, key=opt(k)) if d is ABSENT else min(x, key=opt(k), default=d),
    "max_iter": lambda x, k, d: max(x, key=opt(k)) if d is ABSENT else max(x, key=opt(k), default=d),
    "filter": filter,
    "add": lambda a, b: a + b, "mul": lambda a, b: a * b, "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b, "ge": lambda a, b: a >= b,
    "getitem": lambda a, i: a[i], "slice": lambda a, x, y, z: a[x:y:z], "contains": lambda a, x: x in a,
    "range": lambda a, b, c: (range(b) if c is ABSENT else range(0, b, c)) if a is ABSENT else
    (range(a, b) if c is ABSENT else range(a, b, c)),
    "unpack": lambda v, n: unpack(v, n), "format": format,
    "enumerate": lambda x, s: enumerate(x, s),
}


def unpack(v, n):
    if n == 2:
        a, b = v
        return (a, b)
    if n == 3:
        a, b, c = v
        return (a, b, c)
    (a,) = v
    return (a,)


def py_inplace(name, args):
    a = args[0]
    if name == "setitem":
        a[args[1]] = args[2]
        return None, a
    if name == "delitem":
        del a[args[1]]
        return None, a
    if name == "setslice":
        a[args[1]:args[2]:args[3]] = args[4]
        return None, a
    if name == "delslice":
        del a[args[1]:args[2]:args[3]]
        return None, a
    if name == "iadd":
        a += args[1]
        return a, args[0]
    if name == "imul":
        a *= args[1]
        return a, args[0]
    if name == "append":
        a.append(args[1])
        return None, a
    raise ValueError(name)


def expect(line):
    toks = line.split()
    op = toks.pop(0)
    value = decode_tokens(toks)
    if op in "CIX":
        name = toks.pop(0)
        if name in ("map", "min", "max"):
            g = value() if name == "map" else None
            k = int(toks.pop(0))
            args = [value() for _ in range(k)]
            if name == "map":
                f = (lambda: list(map(g, *args))) if op == "I" else (lambda: map(g, *args))
            else:
                f = (lambda: min(*args)) if name == "min" else (lambda: max(*args))
            return rep(f)
        n = {"slice": 4, "setslice": 5, "delslice": 4, "range": 3, "sorted": 3, "min_iter": 3, "max_iter": 3,
             "setitem": 3}.get(name, 2 if name in ("sum", "filter", "add", "mul", "eq", "ne", "lt", "le", "gt",
                                                    "ge", "getitem", "contains", "delitem", "iadd", "imul",
                                                    "unpack", "format", "enumerate", "append") else 1)
        args = [value() for _ in range(n)]
        if op == "X":
            box = {}

            def run_inplace():
                box["r"], box["obj"] = py_inplace(name, args)
                return box["r"]
            r = rep(run_inplace)
            return r + " ;; " + repr(box.get("obj", args[0]))
        f = PY_CALLS[name]
        if op == "I":
            return rep(lambda: list(f(*args)))
        return rep(lambda: f(*args))
    if op in "MK":
        n = int(toks.pop(0))
        nkw = int(toks.pop(0)) if op == "K" else 0
        items = [value() for _ in range(n)]
        names = [value() for _ in range(nkw)]
        recv, meth = items[0], items[1]
        pos = items[2:len(items) - nkw]
        kw = dict(zip(names, items[len(items) - nkw:]))
        # Keyword syntax (not **kw), as compiled code calls: CPython words some
        # errors differently for the two.
        src = "recv.%s(%s)" % (meth, ", ".join(["pos[%d]" % i for i in range(len(pos))] +
                                               ["%s=kw[%r]" % (k, k) for k in kw]))
        r = rep(lambda: eval(src, {"recv": recv, "pos": pos, "kw": kw}))
        return r + " ;; " + repr(recv)
    if op == "N":
        obj, d = value(), value()
        try:
            it = iter(obj)
        except Exception as e:  # noqa: BLE001
            return "!! " + repr(e)
        outs = []
        for _ in range(3):
            outs.append(rep(lambda: next(it) if d is ABSENT else next(it, d)))
        return " ;; ".join(outs)
    raise ValueError(op)


# ---------------------------------------------------------------- case generation

NAN, INF = float("nan"), float("inf")
IDX = [0, 1, -1, 2, -2, 3, 5, -5, 100, -100, True, False, 2**70, -(2**70)]
BAD = [None, "a", 1.5, (1,), [1]]
BOUND = [None, 0, 1, -1, 2, -2, 3, 4, -4, 7, 100, -100, 2**70, -(2**70), True]
STEP = [None, 1, -1, 2, -2, 3, -3, 100, -100, 2**70, -(2**70)]
ATOMS = [0, 1, -1, 2, 3, 7, -3, 2**62, -(2**63), 10**20, True, False, None, 0.0, -0.0, 1.5, -2.5, 3.0,
         NAN, INF, "", "a", "b", "ab", "\u00e9", "x y", (), (1,), (1, "a"), (2, 1), [], [1], [1, 2],
         ["a", "b"], [[1], 2], [1, [2, [3]]]]


def rand_list(rng, n=None, pool=None):
    n = rng.randint(0, 7) if n is None else n
    pool = pool or [0, 1, 2, 3, 4, 5, -1, -2, 10, 1.5, "a", "b", None, True, (1, 2)]
    if rng.random() < 0.6:
        return [rng.randint(-5, 9) for _ in range(n)]
    return [rng.choice(pool) for _ in range(n)]


def sort_list(rng):
    n = rng.choice([0, 1, 2, 3, 5, 8, 20, 63, 64, 65, 100, 150, 300, 300, 1000, 2500])
    kind = rng.randint(0, 15)
    if kind == 0:
        return [rng.randint(-50, 50) for _ in range(n)]
    if kind == 1:
        return [rng.choice([NAN, 1.0, 2.5, -1.0, 0.0, -0.0, INF, 3.25]) for _ in range(n)]
    if kind == 2:
        return [rng.choice(["a", "b", "ab", "\u00e9", "", "B", "\U0001F600"]) for _ in range(n)]
    if kind == 3:
        return [(rng.randint(0, 5), rng.choice([1, 2, "a", "b"])) for _ in range(n)]
    if kind == 4:
        return [(rng.randint(0, 9), rng.randint(0, 3)) for _ in range(n)]
    if kind == 5:
        return [rng.choice([1, 2.5, True, False, 0, -1, 2**64, NAN]) for _ in range(n)]
    if kind == 6:
        # Runs: sorted chunks, some reversed, for galloping merges.
        out = []
        while len(out) < n:
            chunk = sorted(rng.randint(0, 1000) for _ in range(rng.randint(1, 80)))
            if rng.random() < 0.3:
                chunk.reverse()
            out.extend(chunk)
        if out and rng.random() < 0.5:
            out[rng.randrange(len(out))] = NAN
        return out[:n]
    if kind == 7:
        return [rng.choice([1, "a", 2, "b", 1.5]) for _ in range(n)]
    if kind == 8:
        # Runs of tuples whose second items only sometimes compare.
        out = []
        while len(out) < n:
            k = rng.randint(0, 1000)
            out.extend((k + j, rng.choice([0, 1, "x"])) for j in range(rng.randint(1, 40)))
        return out[:n]
    if kind == 9:
        return [rng.choice([[1, 2], [1], [0, 5], [1, "a"], []]) for _ in range(n)]

    def word():
        return "".join(rng.choice(["\0", "a", "b", "\u00e9", "\U0001F600"]) for _ in range(rng.randint(0, 10)))
    if kind == 10:
        return [word() for _ in range(n)]
    if kind == 11:
        return [(word(), rng.randint(0, 3)) for _ in range(n)]
    if kind == 12:
        return [(rng.choice([0.0, -0.0, 1.5, -2.0]), rng.choice(["x", "y"])) for _ in range(n)]
    if kind == 13:
        return [tuple(rng.randint(0, 2) for _ in range(rng.randint(0, 3))) for _ in range(n)]
    if kind == 14:
        return [rng.choice([0.0, -0.0, 1.0, -1.0]) for _ in range(n)]
    return [(rng.randint(0, 3), rng.choice([0.0, -0.0, 2.5]), rng.randint(-1, 1)) for _ in range(n)]


def main():
    n_random = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    rng = random.Random(311)
    lines = []

    def C(op, name, *args):
        lines.append(f"{op} {name} " + " ".join(enc(a) for a in args))

    def V(op, name, f, *args):
        """map / min / max: a function (map only), then a count and the values."""
        head = [enc(f)] if f is not None else []
        lines.append(f"{op} {name} " + " ".join(head + [str(len(args))] + [enc(a) for a in args]))

    def M(recv, name, *args, **kw):
        items = [recv, name, *args, *kw.values()]
        if kw:
            lines.append(f"K {len(items)} {len(kw)} " + " ".join(enc(a) for a in items + list(kw)))
        else:
            lines.append(f"M {len(items)} " + " ".join(enc(a) for a in items))

    # List methods.
    for _ in range(n_random):
        lst = rand_list(rng)
        x = rng.choice(lst + [rng.choice(ATOMS)]) if lst else rng.choice(ATOMS)
        m = rng.randint(0, 14)
        if m == 0:
            M(lst, "append", x)
        elif m == 1:
            M(lst, "extend", rng.choice([rand_list(rng), (1, 2), "ab", Rng(ABSENT, 3, ABSENT), 5, [], None]))
        elif m == 2:
            M(lst, "insert", rng.choice(IDX + BAD), x)
        elif m == 3:
            M(lst, "pop", *rng.choice([(), (rng.choice(IDX + BAD),)]))
        elif m == 4:
            M(lst, "remove", x)
        elif m == 5:
            M(lst, "index", x, *[rng.choice(IDX + [None, "a"]) for _ in range(rng.randint(0, 2))])
        elif m == 6:
            M(lst, "count", x)
        elif m == 7:
            M(lst, rng.choice(["reverse", "copy", "clear"]))
        elif m == 8:
            kw = {}
            if rng.random() < 0.6:
                kw["key"] = rng.choice([None, Fn("neg"), Fn("abs"), Fn("str"), Fn("mod3"), Fn("inv"), 1])
            if rng.random() < 0.5:
                kw["reverse"] = rng.choice([True, False, 0, 1, 2, None, 1.5, 2**40])
            M(rand_list(rng, pool=[0, 1, 2, 3, -1, 2.5, NAN, "a"]), "sort", **kw)
        elif m == 9:
            # Arity and keyword errors.
            name = rng.choice(["append", "extend", "insert", "pop", "remove", "index", "count", "reverse",
                               "copy", "clear", "sort", "foo"])
            args = [rng.choice(ATOMS) for _ in range(rng.randint(0, 4))]
            if rng.random() < 0.4:
                kw = {rng.choice(["key", "reverse", "x", "index"]): rng.choice([None, True, 1])}
                M(lst, name, *args, **kw)
            else:
                M(lst, name, *args)
        elif m == 10:
            C("X", "setitem", lst, rng.choice(IDX + BAD), x)
        elif m == 11:
            C("X", "delitem", lst, rng.choice(IDX + BAD))
        elif m == 12:
            v = rng.choice([rand_list(rng, rng.randint(0, 6)), "xyz", (7, 8), 5, Rng(ABSENT, 2, ABSENT), None])
            C("X", "setslice", lst, rng.choice(BOUND), rng.choice(BOUND), rng.choice(STEP + [0, "a"]), v)
        elif m == 13:
            C("X", "delslice", lst, rng.choice(BOUND), rng.choice(BOUND), rng.choice(STEP + [0]))
        else:
            C("C", "slice", lst, rng.choice(BOUND), rng.choice(BOUND), rng.choice(STEP + [0, 1.5]))
    # Assignment on other types.
    for obj in [(1, 2), "ab", 5, None, 1.5, Rng(ABSENT, 3, ABSENT)]:
        for key in [0, "a", 2**70, True]:
            C("X", "setitem", obj, key, 1)
            C("X", "delitem", obj, key)
        C("X", "setslice", obj, 0, 1, None, [1])
        C("X", "delslice", obj, 0, 1, None)
        C("X", "iadd", obj, [1])
        C("X", "imul", obj, 2)
    # Operators.
    ops = ["add", "mul", "eq", "ne", "lt", "le", "gt", "ge", "contains", "getitem"]
    vals = [[], [1], [1, 2], [1, 2, 3], [2], [1, "a"], [1, 2.0], ["a"], [[1]], [NAN], (1, 2), "ab", 2, 0, -1,
            True, 2**70, 1.5, None]
    for a in vals:
        for b in vals:
            for o in ops:
                C("C", o, a, b)
        C("C", "len", a)
        C("C", "repr", a)
        C("C", "bool", a)
        C("C", "format", a, "")
        C("C", "format", a, ">20")
    for _ in range(n_random // 2):
        a, b = rand_list(rng), rand_list(rng)
        C("C", rng.choice(ops[2:]), a, b)
        C("X", rng.choice(["iadd", "imul"]), a, rng.choice([rand_list(rng), (1,), "xy", 2, 0, -1, True, 2**70, 1.5,
                                                             Rng(ABSENT, 3, ABSENT)]))
    C("C", "mul", [1, 2], 2**62)
    C("X", "imul", [1, 2], 2**62)
    for v in [[1, 2], [1, 2, 3], [], "ab", (1, 2), Rng(ABSENT, 2, ABSENT), 5]:
        for n in [1, 2, 3]:
            C("C", "unpack", v, n)
    C("I", "enumerate", ["a", "b"], 1)
    # Builtins over iterables.
    iterables = [[], [1, 2, 3], [3, 1, 2], (2, 1), "bca", "", [1.5, 2, -3], [0.1] * 10, [[1], [2]],
                 [1, "a"], [True, True], [2**63, 1], [1e308, 1e308], [1, 2.5, 2**64], [0, "", None, []],
                 Rng(ABSENT, 5, ABSENT), Rng(10, 0, -3), Rng(ABSENT, 0, ABSENT), 5, None]
    for it in iterables:
        C("C", "list", it)
        C("C", "tuple", it)
        C("I", "reversed", it)
        C("C", "any", it)
        C("C", "all", it)
        for start in [ABSENT, 0, 10, 1.5, [], "a", (), -0.0]:
            C("C", "sum", it, start)
        for key in [ABSENT, None, Fn("neg"), Fn("str"), Fn("inv"), 3]:
            for d in [ABSENT, 0, None]:
                C("C", "min_iter", it, key, d)
                C("C", "max_iter", it, key, d)
            for r in [ABSENT, True, 0]:
                C("C", "sorted", it, key, r)
        for f in [None, Fn("isneg"), Fn("ident"), Fn("inv"), 7]:
            C("I", "filter", f, it)
        for f in [Fn("neg"), Fn("str"), Fn("add"), 7]:
            V("I", "map", f, it)
            V("I", "map", f, it, [10, 20])
        lines.append("N " + enc(it) + " U")
        lines.append("N " + enc(it) + " " + enc(-1))
        V("C", "min", None, it)
        V("C", "max", None, it)
        V("C", "min", None, it, 2)
        V("C", "max", None, it, [1])
    V("I", "map", Fn("neg"))
    V("C", "map", Fn("neg"), 5)
    for _ in range(n_random // 2):
        it = rand_list(rng, pool=[0, 1, 2, 1.5, -2.5, True, 2**63, 2**62, -(2**63), 1e16, "a", []])
        C("C", "sum", it, rng.choice([ABSENT, 0, 0.5, 2**63, [], True]))
        C("C", rng.choice(["min_iter", "max_iter"]), it, rng.choice([ABSENT, Fn("neg"), Fn("abs")]),
          rng.choice([ABSENT, "d"]))
        C("C", rng.choice(["any", "all"]), it)
        C("I", "reversed", it)
    # Sorting.
    for _ in range(n_random // 2):
        lst = sort_list(rng)
        kw = {}
        if rng.random() < 0.3:
            kw["reverse"] = True
        if rng.random() < 0.2:
            kw["key"] = rng.choice([Fn("neg"), Fn("str"), Fn("ident"), Fn("first"), Fn("len")])
        M(lst, "sort", **kw)
    # str split / rsplit / splitlines / join.
    texts = ["", " ", "a", "a b", "  a  b  ", "a,b,,c", ",a,", "aaa", "a\tb\nc", "\u3000x\u2003y\u00a0",
             "x\x1cy\x1dz\x1e", "a\r\nb\rc\nd", "\u2028a\u2029b\x85c", "a\x0bb\x0cc", "line\n", "\n\n",
             "h\u00e9llo w\u00f6rld", "a--b--c", "--", "x-y"]
    seps = [ABSENT, None, " ", ",", "a", "aa", "--", "-", "", 1, "\u00e9"]
    for t in texts:
        for m in ["split", "rsplit"]:
            for sep in seps:
                for ms in [ABSENT, -1, 0, 1, 2, 5, 2**70, "x", None, True]:
                    args = [a for a in (sep, ms) if a is not ABSENT]
                    if sep is ABSENT and ms is not ABSENT:
                        M(t, m, maxsplit=ms)
                        M(t, m, None, ms)
                    elif ms is ABSENT:
                        M(t, m, *args)
                        if sep is not ABSENT:
                            M(t, m, sep=sep)
                    else:
                        M(t, m, *args)
                        M(t, m, sep, maxsplit=ms)
                        M(t, m, maxsplit=ms, sep=sep)
        for a in [(), (True,), (False,), (1,), (0,), (2,), (1.5,), ("x",), (2**70,), (1, 2)]:
            M(t, "splitlines", *a)
        M(t, "splitlines", keepends=True)
        M(t, "splitlines", keepends=None)
        for j in [["a", "b"], ["x"], [], ("p", "q"), ["a", 1], Rng(ABSENT, 3, ABSENT), "xyz", 5, [["a"]]]:
            M(t, "join", j)
    for t in ["a b", "x"]:
        M(t, "split", foo=1)
        M(t, "split", " ", sep=" ")
        M(t, "split", " ", 1, maxsplit=2)
        M(t, "split", " ", 1, 2)
        M(t, "split", sep=" ", maxsplit=1, foo=3)
        M(t, "splitlines", 1, keepends=True)
        M(t, "splitlines", foo=1)
        M(t, "upper", x=1)
        M(t, "find", "a", start=1)
        M(t, "expandtabs", tabsize=4)
        M(t, "expandtabs", 4, tabsize=4)
        M(t, "expandtabs", foo=4)
        M(t, "foo", x=1)
        M((1, 2), "count", x=1)
        M((1, 2), "index", 1, start=0)
        M(Rng(ABSENT, 3, ABSENT), "count", x=1)
        M([1], "append", x=1)
        M([1], "foo", x=1)
        M(5, "foo", x=1)
    for _ in range(n_random // 4):
        t = "".join(rng.choice(["a", "b", " ", ",", "\n", "\r", "\u2028", "\t", "\u00e9"]) for _ in range(rng.randint(0, 12)))
        M(t, rng.choice(["split", "rsplit"]), *rng.choice([(), (None,), (",",), ("a",), (None, 1), (",", 0), ("b", 2)]))
        M(t, "splitlines", *rng.choice([(), (True,)]))
    # Ranges.
    rargs = [ABSENT, 0, 1, -1, 2, -2, 3, 5, 10, -10, 2**62, -(2**62), 2**63, 2**70, -(2**70), True, 1.5, "a",
             None]
    ranges = []
    for _ in range(400):
        a, b, c = rng.choice(rargs), rng.choice(rargs[1:]), rng.choice(rargs)
        C("C", "range", a, b, c)
        if all(x is ABSENT or isinstance(x, int) for x in (a, b, c)) and c != 0:
            ranges.append(Rng(a, b, c))
    ranges += [Rng(ABSENT, 0, ABSENT), Rng(ABSENT, 10, ABSENT), Rng(0, 10, 3), Rng(10, 0, -3), Rng(-5, 5, 2),
               Rng(2**70, 2**71, 2**68), Rng(-(2**63), 2**63, ABSENT), Rng(0, 2**62, ABSENT),
               Rng(10**20, -1, -3), Rng(5, 5, ABSENT), Rng(0, 1, 10)]
    probes = [0, 1, -1, 2, 3, 4, 5, 9, 10, -5, 2**62, 2**70, True, 3.0, 1.5, "a", None, -(2**63)]
    def small_range(r):
        got = decode_tokens(enc(r).split())()
        return isinstance(got, range) and got.__len__ is not None and abs(got.stop - got.start) // abs(got.step) <= 1000

    for r in ranges:
        C("C", "len", r)
        C("C", "repr", r)
        C("C", "bool", r)
        small_r = small_range(r)
        if small_r:
            C("C", "list", r)
            C("I", "reversed", r)
        for p in rng.sample(probes, 6):
            if not small_r and not isinstance(p, int):
                continue
            C("C", "contains", r, p)
            C("C", "getitem", r, p)
            M(r, "count", p)
            M(r, "index", p)
        for _ in range(4):
            C("C", "slice", r, rng.choice(BOUND), rng.choice(BOUND), rng.choice(STEP + [0, "a"]))
        C("C", "eq", r, rng.choice(ranges))
        C("C", "ne", r, rng.choice(ranges))
        C("C", "lt", r, r)
        C("C", "eq", r, [0])
        M(r, "count")
        M(r, "index", 1, 2)
        M(r, "foo")
    for r in [Rng(ABSENT, 10, ABSENT), Rng(10, 0, -3), Rng(2**63 - 3, 2**63 + 2, ABSENT), Rng(-3, 3, 2),
              Rng(2**70, 2**70 + 5, 2), Rng(ABSENT, 0, ABSENT)]:
        C("C", "list", r)
        C("I", "reversed", r)
        C("C", "sum", r, ABSENT)
        C("C", "sorted", r, Fn("neg"), ABSENT)
    # Nested reprs.
    for v in [[[], [[]]], [1, [2, [3, [4]]], "x"], [(1, [2]), [(3,)]], [[1.5, None, True], "a'b", "\u00e9"]]:
        C("C", "repr", v)
        C("C", "str", v)

    cases = []
    for line in lines:
        cases.append((line, expect(line), line[:120]))
    run(cases, DRIVER)


if __name__ == "__main__":
    main()
