"""Differential test of `set`, `frozenset`, `dict` and dict views against
python3.11 with PYTHONHASHSEED=0 (developer tool, needs cc).

Each case is a small program over 16 registers, run by a C driver (built
on difftest_driver.py) against the runtime and by an interpreter below
against CPython; every step prints a repr (or `!! repr(exception)`), and
the printed lines must match exactly. Set reprs print the table order, so
this checks CPython's layout after random add/discard/remove/pop
sequences, resizes, set algebra (methods with several arguments,
operators, in-place operators, mixed with dicts, views and tuples),
comparisons and frozenset hashes; dict programs check insertion order,
errors, views and `|`/`|=` merges; iterator steps check the
"changed size during iteration" errors.

Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    PYTHONHASHSEED=0 python3.11 crates/molt-runtime/tools/difftest_sets.py [N_PROGRAMS]

(`SEED=n` picks another random stream.)
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_driver import DRIVER_PRELUDE, encode, run  # noqa: E402

DRIVER = DRIVER_PRELUDE + r"""
V molt_call_method(const V*, size_t); V molt_hash(V); V molt_len(V); V molt_bool_from(V);
V molt_bitor(V, V); V molt_bitand(V, V); V molt_sub(V, V); V molt_bitxor(V, V);
V molt_inplace_or(V, V); V molt_inplace_and(V, V); V molt_inplace_sub(V, V); V molt_inplace_xor(V, V);
V molt_lt(V, V); V molt_le(V, V); V molt_gt(V, V); V molt_ge(V, V); V molt_eq(V, V); V molt_ne(V, V);
V molt_contains(V, V); V molt_getitem(V, V); V molt_iter(V); V molt_iter_next(V);
V molt_dict_setitem(V, V, V); V molt_dict_delitem(V, V); V molt_dict_from(V); V molt_dict_fromkeys(V, V);
V molt_set_from(V); V molt_frozenset_from(V); V molt_dict_update_display(V, V);
static char line[1 << 22];
static V sepv;
/* Prints repr(r) (or "!! repr(exc)") then " ; "; consumes r. */
static void emit(V r) {
  if (r == 0) {
    V e = molt_err_fetch(); V s = molt_repr(e); V bang = molt_str_from_utf8((const unsigned char*)"!!", 2);
    V a[2] = {bang, s}; molt_print(a, 2, 0x0A, sepv); molt_decref(s); molt_decref(e); molt_decref(bang);
    return;
  }
  V s = molt_repr(r); V a[1] = {s}; molt_print(a, 1, 0x0A, sepv); molt_decref(s); molt_decref(r);
}
static void emit_text(const char *t) {
  V s = molt_str_from_utf8((const unsigned char*)t, strlen(t)); V a[1] = {s};
  molt_print(a, 1, 0x0A, sepv); molt_decref(s);
}
/* Stores r (if not an error) in register d and prints it. */
static void store(size_t d, V r) {
  if (r != 0) { molt_incref(r); molt_decref(regs[d]); regs[d] = r; }
  emit(r);
}
V molt_module_main(void) {
  sepv = molt_str_from_utf8((const unsigned char*)" ; ", 3);
  for (int i = 0; i < 64; i++) regs[i] = 0x02;
  while (fgets(line, sizeof line, stdin)) {
    cur = line;
    for (int i = 0; i < 64; i++) { molt_decref(regs[i]); regs[i] = 0x02; }
    for (;;) {
      char *op = tok();
      if (!*op) break;
      if (op[0] == '=') { size_t d = strtoull(tok(), 0, 10); V v = value(); molt_decref(regs[d]); regs[d] = v; continue; }
      if (op[0] == 'M') {
        size_t d = strtoull(tok(), 0, 10); size_t n = strtoull(tok(), 0, 10); V items[64];
        for (size_t i = 0; i < n; i++) items[i] = value();
        store(d, molt_call_method(items, n));
        for (size_t i = 0; i < n; i++) molt_decref(items[i]);
        continue;
      }
      if (op[0] == 'B') {
        size_t d = strtoull(tok(), 0, 10); char *name = tok(); V a = value(); V b = value(); V r;
        if (!strcmp(name, "or")) r = molt_bitor(a, b);
        else if (!strcmp(name, "and")) r = molt_bitand(a, b);
        else if (!strcmp(name, "sub")) r = molt_sub(a, b);
        else if (!strcmp(name, "xor")) r = molt_bitxor(a, b);
        else if (!strcmp(name, "ior")) r = molt_inplace_or(a, b);
        else if (!strcmp(name, "iand")) r = molt_inplace_and(a, b);
        else if (!strcmp(name, "isub")) r = molt_inplace_sub(a, b);
        else if (!strcmp(name, "ixor")) r = molt_inplace_xor(a, b);
        else if (!strcmp(name, "lt")) r = molt_lt(a, b);
        else if (!strcmp(name, "le")) r = molt_le(a, b);
        else if (!strcmp(name, "gt")) r = molt_gt(a, b);
        else if (!strcmp(name, "ge")) r = molt_ge(a, b);
        else if (!strcmp(name, "eq")) r = molt_eq(a, b);
        else if (!strcmp(name, "ne")) r = molt_ne(a, b);
        else if (!strcmp(name, "in")) r = molt_contains(b, a);
        else if (!strcmp(name, "getitem")) r = molt_getitem(a, b);
        else if (!strcmp(name, "delitem")) r = molt_dict_delitem(a, b);
        else if (!strcmp(name, "fromkeys")) r = molt_dict_fromkeys(a, b);
        else if (!strcmp(name, "dictdisplay")) {
          /* {**a, **b} */
          V d = molt_dict_new(); r = molt_dict_update_display(d, a);
          if (r != 0) { molt_decref(r); r = molt_dict_update_display(d, b); }
          if (r != 0) { molt_decref(r); r = d; } else molt_decref(d);
        }
        else abort();
        store(d, r); molt_decref(a); molt_decref(b);
        continue;
      }
      if (op[0] == 'U') {
        size_t d = strtoull(tok(), 0, 10); char *name = tok(); V a = value(); V r;
        if (!strcmp(name, "hash")) r = molt_hash(a);
        else if (!strcmp(name, "len")) r = molt_len(a);
        else if (!strcmp(name, "bool")) r = molt_bool_from(a);
        else if (!strcmp(name, "set")) r = molt_set_from(a);
        else if (!strcmp(name, "frozenset")) r = molt_frozenset_from(a);
        else if (!strcmp(name, "dict")) r = molt_dict_from(a);
        else if (!strcmp(name, "repr")) { molt_incref(a); r = a; }
        else abort();
        store(d, r); molt_decref(a);
        continue;
      }
      if (op[0] == 'S') {
        V d = value(); V k = value(); V x = value(); emit(molt_dict_setitem(d, k, x));
        molt_decref(d); molt_decref(k); molt_decref(x);
        continue;
      }
      if (op[0] == 'I') {
        size_t d = strtoull(tok(), 0, 10); V a = value(); V r = molt_iter(a); molt_decref(a);
        if (r == 0) { emit(r); continue; }
        molt_decref(regs[d]); regs[d] = r; emit_text("<iter>");
        continue;
      }
      if (op[0] == 'N') {
        V a = value(); V r = molt_iter_next(a); molt_decref(a);
        if (r == 0x0A) emit_text("<stop>"); else emit(r);
        continue;
      }
      abort();
    }
    molt_print(0, 0, 0x0A, 0x0A);
  }
  return 0x02;
}
"""


class Program:
    """A program as operations on registers, with CPython's results."""

    def __init__(self):
        self.regs = [None] * 64
        self.tokens = []
        self.out = []

    def emit_call(self, f):
        try:
            r = f()
        except Exception as e:  # noqa: BLE001
            self.out.append("!! " + repr(e))
            return None, False
        self.out.append(repr(r))
        return r, True

    def build(self, o):
        """An operand: ('r', n), ('lit', v), ('set', [ops]), ('fset', [ops]),
        ('dict', [(k, v)]) or ('range', a, b, c)."""
        kind = o[0]
        if kind == "r":
            return self.regs[o[1]]
        if kind == "lit":
            return o[1]
        if kind == "set":
            s = set()
            for x in o[1]:
                try:
                    s.add(self.build(x))
                except TypeError:
                    pass
            return s
        if kind == "fset":
            return frozenset(tuple(self.build(x) for x in o[1]))
        if kind == "dict":
            d = {}
            for k, v in o[1]:
                try:
                    d[self.build(k)] = self.build(v)
                except TypeError:
                    pass
            return d
        if kind == "range":
            return tuple(range(o[1], o[2], o[3]))
        raise ValueError(o)

    def enc(self, o):
        kind = o[0]
        if kind == "r":
            return "r:%d" % o[1]
        if kind == "lit":
            return encode(o[1])
        if kind in ("set", "fset"):
            return "%s:%d %s" % ("S" if kind == "set" else "Z", len(o[1]), " ".join(self.enc(x) for x in o[1]))
        if kind == "dict":
            return "D:%d %s" % (len(o[1]), " ".join(self.enc(k) + " " + self.enc(v) for k, v in o[1]))
        if kind == "range":
            return "Q:%d:%d:%d" % (o[1], o[2], o[3])
        raise ValueError(o)

    def store(self, d, f):
        r, ok = self.emit_call(f)
        if ok:
            self.regs[d] = r

    def assign(self, d, o):
        self.tokens.append("= %d %s" % (d, self.enc(o)))
        self.regs[d] = self.build(o)

    def method(self, d, recv, name, args):
        ops = [recv, ("lit", name)] + list(args)
        self.tokens.append("M %d %d %s" % (d, len(ops), " ".join(self.enc(x) for x in ops)))
        r = self.build(recv)
        a = [self.build(x) for x in args]
        self.store(d, lambda: getattr(r, name)(*a))

    def binop(self, d, name, x, y):
        if name == "delitem" and not isinstance(self.build(x), dict):
            return  # generic item deletion is not the runtime's dict entry point
        self.tokens.append("B %d %s %s %s" % (d, name, self.enc(x), self.enc(y)))
        a, b = self.build(x), self.build(y)

        def f():
            if name == "or":
                return a | b
            if name == "and":
                return a & b
            if name == "sub":
                return a - b
            if name == "xor":
                return a ^ b
            if name == "ior":
                r = a
                r |= b
                return r
            if name == "iand":
                r = a
                r &= b
                return r
            if name == "isub":
                r = a
                r -= b
                return r
            if name == "ixor":
                r = a
                r ^= b
                return r
            if name == "lt":
                return a < b
            if name == "le":
                return a <= b
            if name == "gt":
                return a > b
            if name == "ge":
                return a >= b
            if name == "eq":
                return a == b
            if name == "ne":
                return a != b
            if name == "in":
                return a in b
            if name == "getitem":
                return a[b]
            if name == "delitem":
                del a[b]
                return None
            if name == "fromkeys":
                return dict.fromkeys(a, b)
            if name == "dictdisplay":
                d = {}
                _display(d, a)
                _display(d, b)
                return d
            raise ValueError(name)
        self.store(d, f)

    def unop(self, d, name, x):
        a = self.build(x)
        if name == "hash" and (a is None or type(a).__name__ == "dict_values"):
            return  # hashed by address: not comparable
        self.tokens.append("U %d %s %s" % (d, name, self.enc(x)))
        f = {"hash": hash, "len": len, "bool": bool, "set": set, "frozenset": frozenset, "dict": dict,
             "repr": lambda v: v}[name]
        self.store(d, lambda: f(a))

    def setitem(self, dct, k, v):
        if not isinstance(self.build(dct), dict):
            return  # generic item assignment is not the runtime's dict entry point
        self.tokens.append("S %s %s %s" % (self.enc(dct), self.enc(k), self.enc(v)))
        a, kk, vv = self.build(dct), self.build(k), self.build(v)

        def f():
            a[kk] = vv
        self.emit_call(f)

    def iter(self, d, x):
        self.tokens.append("I %d %s" % (d, self.enc(x)))
        try:
            self.regs[d] = iter(self.build(x))
            self.out.append("<iter>")
        except Exception as e:  # noqa: BLE001
            self.out.append("!! " + repr(e))

    def next(self, x):
        self.tokens.append("N %s" % self.enc(x))
        try:
            r = next(self.build(x))
            self.out.append(repr(r))
        except StopIteration:
            self.out.append("<stop>")
        except Exception as e:  # noqa: BLE001
            self.out.append("!! " + repr(e))

    def case(self):
        return " ".join(self.tokens), "".join(t + " ; " for t in self.out)


def _display(d, other):
    """`d.update(other)` as a `{**other}` display does it (mappings only)."""
    if not isinstance(other, dict):
        raise TypeError("'%s' object is not a mapping" % type(other).__name__)
    d.update(other)
    return None


# ------------------------------------------------------------------ values

def element_pool(rng):
    ints = list(range(-5, 40)) + [8 * k + rng.randrange(3) for k in range(20)] + [2**61 - 1, 2**61, -(2**61), 2**62,
                                                                                    2**64 + 3, 10**20, -1, -2]
    strs = ["", "a", "b", "ab", "ba", "abc", "key", "x" * 9, "\xe9", "\u20ac", "\U0001F600", "caf\xe9", "A", "Z"]
    strs += ["w%d" % i for i in range(40)]
    floats = [0.5, 1.0, 2.0, -1.5, 1e100, 0.1, 3.0, 1e-300, float("inf")]
    misc = [True, False, (), (1,), (1, 2), ("a", 1), ((1, 2), 3), frozenset(), frozenset({1, 2}), frozenset("ab")]
    return ints, strs, floats, misc


def rand_elem(rng, pool):
    ints, strs, floats, misc = pool
    c = rng.random()
    if c < 0.45:
        return rng.choice(ints)
    if c < 0.75:
        return rng.choice(strs)
    if c < 0.85:
        return rng.choice(floats)
    return rng.choice(misc)


def lit(v):
    return ("lit", v)


def rand_set_operand(rng, pool, n=None, frozen=False):
    n = rng.choice([0, 1, 2, 3, 5, 8, 12, 20, 40]) if n is None else n
    items = [lit(rand_elem(rng, pool)) for _ in range(n)]
    return ("fset" if frozen else "set", items)


def rand_iterable(rng, pool, regs):
    """Something set operations accept: a register, a set/frozenset/dict
    literal, a tuple, a str, a range tuple, or a non-iterable."""
    c = rng.random()
    if c < 0.35 and regs:
        return ("r", rng.choice(regs))
    if c < 0.5:
        return rand_set_operand(rng, pool)
    if c < 0.58:
        return rand_set_operand(rng, pool, frozen=True)
    if c < 0.7:
        return lit(tuple(rand_elem(rng, pool) for _ in range(rng.randint(0, 10))))
    if c < 0.78:
        return ("dict", [(lit(rand_elem(rng, pool)), lit(rng.randint(0, 9))) for _ in range(rng.randint(0, 8))])
    if c < 0.85:
        return lit(rng.choice(["", "abc", "hello", "\xe9t\xe9"]))
    if c < 0.93:
        a = rng.randint(-20, 30)
        return ("range", a, a + rng.randint(0, 80), rng.choice([1, 1, 2, 3, 7]))
    return lit(rng.choice([5, None, 1.5]))


SET_MUTATORS = ["add", "discard", "remove", "pop", "clear", "update", "intersection_update", "difference_update",
                "symmetric_difference_update"]
SET_QUERIES = ["union", "intersection", "difference", "symmetric_difference", "copy", "isdisjoint", "issubset",
               "issuperset"]
BINOPS = ["or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "lt", "le", "gt", "ge", "eq", "ne"]


def set_program(rng, pool):
    p = Program()
    nregs = rng.randint(2, 4)
    regs = list(range(nregs))
    for r in regs:
        if rng.random() < 0.75:
            p.assign(r, rand_set_operand(rng, pool))
        else:
            p.unop(r, rng.choice(["set", "set", "frozenset"]), rand_iterable(rng, pool, []))
    for _ in range(rng.randint(3, 25)):
        c = rng.random()
        r = rng.choice(regs)
        if c < 0.45:
            m = rng.choice(SET_MUTATORS)
            if m in ("add", "discard", "remove"):
                x = lit(rand_elem(rng, pool)) if rng.random() < 0.9 else rand_set_operand(rng, pool, 2)
                args = [x]
            elif m in ("pop", "clear"):
                args = []
            elif m in ("update", "intersection_update", "difference_update"):
                args = [rand_iterable(rng, pool, regs) for _ in range(rng.choice([0, 1, 1, 1, 2, 3]))]
            else:
                args = [rand_iterable(rng, pool, regs)]
            p.method(r if m == "pop" else 60, ("r", r), m, args)
            p.unop(60, "repr", ("r", r))
        elif c < 0.65:
            m = rng.choice(SET_QUERIES)
            if m == "copy":
                args = []
            elif m in ("union", "intersection", "difference"):
                args = [rand_iterable(rng, pool, regs) for _ in range(rng.choice([0, 1, 1, 1, 2, 3]))]
            else:
                args = [rand_iterable(rng, pool, regs)]
            p.method(rng.choice(regs), ("r", r), m, args)
        elif c < 0.85:
            op = rng.choice(BINOPS)
            other = ("r", rng.choice(regs)) if rng.random() < 0.7 else rand_iterable(rng, pool, regs)
            p.binop(rng.choice(regs) if op[0] != "i" else r, op, ("r", r), other)
            if op[0] == "i":
                p.unop(60, "repr", ("r", r))
        elif c < 0.9:
            p.binop(61, "in", lit(rand_elem(rng, pool)) if rng.random() < 0.9 else rand_set_operand(rng, pool, 1),
                    ("r", r))
        elif c < 0.95:
            p.unop(61, rng.choice(["hash", "len", "bool"]), ("r", r))
        else:
            # Iteration with a mutation in between.
            p.iter(62, ("r", r))
            p.next(("r", 62))
            if rng.random() < 0.6:
                p.method(60, ("r", r), rng.choice(["add", "discard"]), [lit(rand_elem(rng, pool))])
            p.next(("r", 62))
            p.next(("r", 62))
    for r in regs:
        p.unop(60, "repr", ("r", r))
    return p


def big_set_program(rng):
    """Large sets: the `used*2` resize rule past 50000 entries, pops and removals."""
    p = Program()
    n = rng.choice([1000, 5000, 60000, 120000])
    step = rng.choice([1, 3, 8, 1024])
    p.unop(0, "set", ("range", 0, n * step, step))
    p.unop(60, "len", ("r", 0))
    p.method(60, ("r", 0), "difference_update", [("range", 0, n * step // 2, step * 2)])
    p.unop(60, "len", ("r", 0))
    for _ in range(5):
        p.method(61, ("r", 0), "pop", [])
    p.method(60, ("r", 0), "update", [("range", -500, 500, 1)])
    p.unop(61, "frozenset", ("r", 0))
    p.unop(60, "hash", ("r", 61))
    p.unop(60, "len", ("r", 0))
    # Print the order through a small probe: the set minus most elements.
    p.binop(62, "and", ("r", 0), ("set", [lit(i) for i in range(-50, 50)] + [lit(n * step - step)]))
    p.binop(62, "sub", ("r", 0), ("r", 61))
    return p


def dict_program(rng, pool):
    p = Program()
    regs = [0, 1, 2]
    for r in regs:
        if rng.random() < 0.8:
            items = [(lit(rand_elem(rng, pool)), lit(rng.randint(0, 99))) for _ in range(rng.randint(0, 12))]
            p.assign(r, ("dict", items))
        else:
            pairs = lit(tuple((rand_elem(rng, pool), rng.randint(0, 9)) for _ in range(rng.randint(0, 6))))
            p.unop(r, "dict", pairs)
    p.assign(3, rand_set_operand(rng, pool, 4))
    for _ in range(rng.randint(3, 25)):
        c = rng.random()
        r = rng.choice(regs)
        d = ("r", r)
        key = lit(rand_elem(rng, pool)) if rng.random() < 0.93 else rand_set_operand(rng, pool, 1)
        if c < 0.25:
            # (None must not reach a set: it hashes by address.)
            val = lit(rng.randint(0, 99))
            if rng.random() < 0.15:
                r2 = rng.choice(regs + [3])
                if p.regs[r2] is not None:
                    val = ("r", r2)
            p.setitem(d, key, val)
        elif c < 0.33:
            p.binop(60, "getitem", d, key)
        elif c < 0.4:
            p.binop(60, "delitem", d, key)
        elif c < 0.6:
            m = rng.choice(["get", "setdefault", "pop", "popitem", "keys", "values", "items", "update", "copy", "clear",
                            "fromkeys", "get", "pop"])
            if m in ("get", "setdefault", "pop"):
                args = [key] + ([lit(rng.randint(0, 9))] if rng.random() < 0.5 or m == "setdefault" else [])
            elif m == "update":
                args = [rng.choice([("r", rng.choice(regs)), rand_iterable(rng, pool, regs),
                                    lit(((1, 2), "ab", (3, 4))), lit(((1,),)), lit((1,)),
                                    lit((("k", 1), ("k", 2))), lit(()), lit(((1, 2, 3),))])]
            elif m == "fromkeys":
                args = [rand_iterable(rng, pool, regs)] + ([lit(0)] if rng.random() < 0.5 else [])
            else:
                args = []
            if rng.random() < 0.03:
                args.append(lit(1))
            p.method(60 if m not in ("keys", "values", "items", "copy") else rng.choice([4, 5, 6]), d, m, args)
            p.unop(60, "repr", d)
        elif c < 0.68:
            p.binop(60, "in", key, rng.choice([d, ("r", 4), ("r", 5), ("r", 6)]))
        elif c < 0.78:
            op = rng.choice(["or", "ior", "eq", "ne", "lt", "and", "sub", "xor"])
            a = rng.choice([d, ("r", 4), ("r", 5), ("r", 6), ("r", 3)])
            b = rng.choice([("r", rng.choice(regs)), ("r", 4), ("r", 5), ("r", 6), ("r", 3), rand_iterable(rng, pool, regs)])
            p.binop(rng.choice([60, 61]) if op != "ior" else r, op, a, b)
        elif c < 0.84:
            # (Views and None hash by address: only dicts are hashed.)
            p.unop(60, "hash", d)
            p.unop(60, rng.choice(["len", "bool", "repr"]), rng.choice([d, ("r", 4), ("r", 5), ("r", 6)]))
        elif c < 0.88:
            p.binop(60, "dictdisplay", d, rng.choice([("r", rng.choice(regs)), lit(5), ("r", 3), d]))
        elif c < 0.92:
            p.binop(60, "fromkeys", rand_iterable(rng, pool, regs), lit(rng.choice([None, 0, "v"])))
        else:
            p.iter(62, rng.choice([d, ("r", 4), ("r", 5), ("r", 6)]))
            p.next(("r", 62))
            c2 = rng.random()
            if c2 < 0.3:
                p.setitem(d, lit(rand_elem(rng, pool)), lit(1))
            elif c2 < 0.5:
                p.method(60, d, "pop", [lit(rand_elem(rng, pool)), lit(0)])
            elif c2 < 0.6:
                p.method(60, d, "popitem", [])
                p.setitem(d, lit(rand_elem(rng, pool)), lit(2))
            elif c2 < 0.75 and isinstance(p.regs[r], dict) and p.regs[r]:
                # Same size, different keys: "dictionary keys changed during iteration".
                p.method(60, d, "pop", [lit(next(iter(p.regs[r])))])
                p.setitem(d, lit("new%d" % rng.randrange(5)), lit(3))
            p.next(("r", 62))
            p.next(("r", 62))
            p.next(("r", 62))
    for r in regs + [4, 5, 6]:
        p.unop(60, "repr", ("r", r))
    return p


def dict_iter_program(rng, pool):
    """Same-size mutations while iterating: which keys come out, and when
    "dictionary keys changed during iteration" is raised, depend on when the
    table is rebuilt (str-only tables, clones with holes, presizing)."""
    p = Program()
    strs = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]
    keys = strs + list(range(12)) + [0.5, (1, 2)]
    key = lambda: lit(rng.choice(keys) if rng.random() < 0.5 else rng.choice(strs))  # noqa: E731
    p.assign(0, ("dict", []))
    for _ in range(rng.randint(0, 14)):
        c = rng.random()
        if c < 0.55:
            p.setitem(("r", 0), key(), lit(rng.randint(0, 9)))
        elif c < 0.75:
            p.method(60, ("r", 0), "pop", [key(), lit(None)])
        elif c < 0.8:
            p.method(60, ("r", 0), "popitem", [])
        elif c < 0.85:
            p.method(0, ("r", 0), "copy", [])
        elif c < 0.9:
            p.method(60, ("r", 0), "setdefault", [key(), lit(1)])
        elif c < 0.94:
            p.unop(0, "dict", ("r", 0))
        elif c < 0.97:
            p.binop(0, "dictdisplay", ("r", 0), ("dict", [(key(), lit(1)) for _ in range(rng.randint(0, 8))]))
        else:
            p.binop(0, "fromkeys", ("r", 0), lit(2))
    p.iter(62, ("r", 0))
    for _ in range(rng.randint(1, 6)):
        p.next(("r", 62))
        for _ in range(rng.randint(0, 3)):
            d = p.regs[0]
            if isinstance(d, dict) and d and rng.random() < 0.6:
                p.method(60, ("r", 0), "pop", [lit(rng.choice(list(d)))])
                p.setitem(("r", 0), key(), lit(5))
            elif rng.random() < 0.5:
                p.setitem(("r", 0), key(), lit(7))
    p.next(("r", 62))
    p.unop(60, "repr", ("r", 0))
    return p


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run with PYTHONHASHSEED=0")
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    rng = random.Random(int(os.environ.get("SEED", "311")))
    pool = element_pool(rng)
    cases = []
    for i in range(n):
        p = set_program(rng, pool)
        line, exp = p.case()
        cases.append((line, exp, "set program %d: %s" % (i, line[:300])))
    for i in range(n):
        p = dict_program(rng, pool)
        line, exp = p.case()
        cases.append((line, exp, "dict program %d: %s" % (i, line[:300])))
    for i in range(n):
        p = dict_iter_program(rng, pool)
        line, exp = p.case()
        cases.append((line, exp, "dict iteration program %d: %s" % (i, line[:300])))
    for i in range(12):
        p = big_set_program(rng)
        line, exp = p.case()
        cases.append((line, exp, "big set program %d" % i))
    run(cases, DRIVER)


if __name__ == "__main__":
    main()
