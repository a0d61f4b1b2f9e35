#!/usr/bin/env python3.11
"""Differential test of the runtime's `math` functions against python3.11.

Random and special arguments (every binade, subnormals, signed zeros,
infinities, NaNs, points near the poles, domain edges and integers) go
through both entry points compiled code uses, the generic
`molt_math_call(id, args)` and, where there is one, the unboxed
`molt_math_<name>_f64`; each result (its repr, or the exception) is
compared with CPython's. A C driver links the runtime library exactly as
`molt build` links programs (so the same libm symbols are bound).

Usage (from the workspace root, after `cargo build --release`):

    python3.11 tools/difftest_math.py [N]      # N random arguments per function (default 3000)

Prints one line per function with its mismatch count, and the first few
mismatches; exits 1 if there are any.
"""

import math
import os
import random
import struct
import subprocess
import sys
import tempfile

if sys.version_info[:2] != (3, 11):
    sys.exit("run this with python3.11 (the oracle)")

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAMES = [n for n in dir(math) if callable(getattr(math, n))]
INF, NAN = math.inf, math.nan

UNARY = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "degrees",
         "erf", "erfc", "exp", "exp2", "expm1", "fabs", "gamma", "lgamma", "log", "log10",
         "log1p", "log2", "radians", "sin", "sinh", "sqrt", "tan", "tanh", "ulp",
         "isnan", "isinf", "isfinite", "frexp", "modf", "trunc", "floor", "ceil"]
BINARY = ["atan2", "copysign", "fmod", "hypot", "nextafter", "pow", "remainder", "isclose",
          "ldexp", "dist"]
# The functions with an unboxed entry point (see MATH_F64 / MATH_F64X2 in molt-mir).
F64 = {"acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc",
       "exp", "exp2", "expm1", "gamma", "lgamma", "log", "log10", "log1p", "log2", "sin",
       "sinh", "sqrt", "tan", "tanh", "ulp"}
F64X2 = {"atan2", "copysign", "fmod", "hypot", "nextafter", "pow", "remainder"}

SPECIAL = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
           1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, 1e300, 709.78, 710.0, -745.2, 1e-16, 3.0, -3.0]


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def random_float(rng, name):
    """A random double from a mixture of distributions."""
    k = rng.random()
    if k < 0.25:
        return bits_to_float(rng.getrandbits(64))          # any bit pattern
    if k < 0.5:
        return rng.choice((-1, 1)) * 2.0 ** rng.uniform(-1074, 1024)  # any binade
    if k < 0.7:
        return rng.uniform(-10, 10)
    if k < 0.8:
        return rng.uniform(-1.5, 1.5)
    if k < 0.9:                                            # near integers (gamma poles)
        n = rng.randint(-200, 200)
        return n + rng.choice((-1, 1)) * 2.0 ** rng.uniform(-60, -1)
    if k < 0.95:
        return float(rng.randint(-300, 300))
    return rng.uniform(-750, 750)


def cases_for(name, n, rng):
    if name in UNARY:
        args = [(x,) for x in SPECIAL]
        args += [(random_float(rng, name),) for _ in range(n)]
        if name in ("gamma", "lgamma"):
            args += [(rng.uniform(-200, 200),) for _ in range(n // 2)]
            args += [(rng.uniform(0, 180),) for _ in range(n // 4)]
        return args
    pool = SPECIAL + [random_float(rng, name) for _ in range(40)]
    args = [(a, b) for a in SPECIAL for b in SPECIAL]
    for _ in range(n):
        if rng.random() < 0.2:
            args.append((rng.choice(pool), rng.choice(pool)))
        else:
            args.append((random_float(rng, name), random_float(rng, name)))
    if name in ("fmod", "remainder"):
        for _ in range(n // 2):
            y = rng.uniform(0.1, 10)
            args.append((rng.randint(-100, 100) * y / 2, y))     # ties and exact multiples
    if name == "pow":
        for _ in range(n // 2):
            args.append((rng.uniform(-10, 10), float(rng.randint(-40, 40))))
    if name == "ldexp":
        args = [(a, int(b)) if math.isfinite(b) and abs(b) < 1e30 else (a, rng.randint(-2200, 2200))
                for a, b in args]
        args += [(random_float(rng, name), rng.randint(-1100, 1100)) for _ in range(n)]
    if name == "isclose":
        args += [(x, x * (1 + rng.uniform(-1e-8, 1e-8))) for x in (random_float(rng, name) for _ in range(n))]
    if name == "dist":
        args = [((a, b), (b, a)) for a, b in args]
    return args


def extra_cases(n, rng):
    """Ints (of any size), bools, strs, None, iterables, every arity."""
    out = []
    odd = [0, 1, -1, 7, True, False, 10**20, -(10**20), 2**1024, 10**400, -(10**400), "a", None]
    for name in UNARY:
        out += [(name, (x,)) for x in odd]
    for name in BINARY:
        out += [(name, (a, b)) for a in odd[:9] for b in [1.5, 2, True, 10**400, "a"]]
    for name in ("log", "log2", "log10"):
        for _ in range(n // 10):
            k = rng.randint(1, 5000)
            out.append((name, (rng.choice((-1, 1, 1, 1)) * rng.getrandbits(k),)))
    for _ in range(n // 10):
        out.append(("log", (rng.getrandbits(rng.randint(1, 3000)), rng.choice(
            [2, 10, 0.5, 1, rng.getrandbits(rng.randint(1, 2000)), rng.uniform(0, 100)]))))
    for _ in range(n // 10):
        out.append(("factorial", (rng.randint(-5, 400),)))
        out.append(("comb", (rng.randint(-3, 300), rng.randint(-3, 300))))
        out.append(("perm", (rng.randint(-3, 120), rng.choice([None, rng.randint(-3, 120)]))))
        out.append(("comb", (rng.getrandbits(200), rng.randint(0, 40))))
        out.append(("perm", (rng.getrandbits(100), rng.randint(0, 40))))
        out.append(("isqrt", (rng.getrandbits(rng.randint(1, 3000)),)))
        k = rng.randint(0, 5)
        ints = tuple(rng.choice((-1, 1)) * rng.getrandbits(rng.randint(0, 150)) for _ in range(k))
        out.append(("gcd", ints))
        out.append(("lcm", ints))
        out.append(("hypot", tuple(random_float(rng, "hypot") for _ in range(k))))
        out.append(("hypot", tuple(rng.uniform(-5, 5) for _ in range(k))))
        pts = rng.randint(0, 6)
        out.append(("dist", (tuple(rng.uniform(-9, 9) for _ in range(pts)),
                             tuple(rng.uniform(-9, 9) for _ in range(pts)))))
        items = tuple(rng.choice((-1, 1)) * 10.0 ** rng.uniform(-30, 30) for _ in range(rng.randint(0, 40)))
        out.append(("fsum", (items,)))
        out.append(("fsum", (items + tuple(-x for x in items[:len(items) // 2]),)))
        out.append(("prod", (tuple(rng.choice([rng.randint(-9, 9), rng.uniform(-2, 2), True]) for _ in range(rng.randint(0, 30))),)))
    out += [("fsum", ((1e308, 1e308),)), ("fsum", ((INF, -INF),)), ("fsum", ((INF, 1.0, NAN),)),
            ("fsum", ((1e-16, 1.0, 1e16),)), ("fsum", ((-0.0,),)), ("fsum", ((1, 10**400),)),
            ("prod", ((2, 2.5, 10**400),)), ("prod", ((10**20, 10**20, 1.5),)), ("prod", (("a", 3),)),
            ("fsum", (("a",),)), ("fsum", (1,)), ("dist", ((1,), (1, 2))), ("dist", (1, 2))]
    for name in NAMES:
        for k in range(4):
            out.append((name, (1.0,) * k if name not in ("fsum", "prod", "dist") else ((1.0,),) * k))
    return out


def expect(name, args):
    try:
        return repr(getattr(math, name)(*args))
    except Exception as e:
        return "!! " + repr(e)


def c_double(x):
    if math.isnan(x):
        return "NAN" if math.copysign(1, x) > 0 else "-NAN"
    if math.isinf(x):
        return "INFINITY" if x > 0 else "-INFINITY"
    return x.hex()


def c_value(a):
    if a is None:
        return "0x02ULL"
    if a is True or a is False:
        return "0x0EULL" if a else "0x06ULL"
    if isinstance(a, str):
        return f'S("{a}")'
    if isinstance(a, float):
        return f"F({c_double(a)})"
    if isinstance(a, int):
        return f'I("{a}")'
    items = ", ".join(c_value(x) for x in a)
    return f"T({len(a)}, {items})"


def runtime_lib():
    libs = [os.path.join(ROOT, "target", d, "release", "libmolt_runtime.a") for d in ("molt-rt", "")]
    libs = [p for p in libs if os.path.exists(p)]
    if not libs:
        sys.exit("build the runtime first: cargo build --release")
    return max(libs, key=os.path.getmtime)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(1234)
    plan = []   # (name, entry, args)
    for name in UNARY + BINARY:
        for args in cases_for(name, n, rng):
            plan.append((name, "call", args))
            if name in F64 or name in F64X2:
                plan.append((name, "f64", args))
    for name, args in extra_cases(n, rng):
        plan.append((name, "call", args))
    src = ["#include <math.h>", "#include <stddef.h>", "#include <string.h>",
           "typedef unsigned long long V;",
           "V molt_float_new(double); V molt_math_call(const V*, size_t); V molt_repr(V);",
           "V molt_print(const V*, size_t, V, V); V molt_err_fetch(void); int molt_err_occurred(void);",
           "V molt_str_from_utf8(const unsigned char*, size_t); V molt_tuple_new(const V*, size_t);",
           "V molt_int_from_decimal(const unsigned char*, size_t);",
           "#define F(x) molt_float_new(x)",
           "#define T(n, ...) molt_tuple_new((V[]){__VA_ARGS__}, n)",
           "static V S(const char *s) { return molt_str_from_utf8((const unsigned char*)s, strlen(s)); }",
           "static V I(const char *s) { return molt_int_from_decimal((const unsigned char*)s, strlen(s)); }",
           """static void show(V r) {
  V bang = molt_str_from_utf8((const unsigned char*)"!!", 2);
  if (r == 0) { V e = molt_err_fetch(); V s = molt_repr(e); V a[2] = {bang, s}; molt_print(a, 2, 0x0A, 0x0A); return; }
  V s = molt_repr(r); V a[1] = {s}; molt_print(a, 1, 0x0A, 0x0A);
}""",
           "static void showf(double r) {",
           "  unsigned long long b; memcpy(&b, &r, 8);",
           "  if (b == 0x7ff4d0e7e44e0001ULL && molt_err_occurred()) { show(0); return; }",
           "  show(molt_float_new(r)); }"]
    decls = set()
    body = []
    for name, entry, args in plan:
        fid = NAMES.index(name)
        if entry == "call":
            vals = ", ".join([f"{(fid << 1) | 1}ULL"] + [c_value(a) for a in args])
            body.append(f"  {{ V a[] = {{{vals}}}; show(molt_math_call(a, {len(args) + 1})); }}")
        else:
            sym = f"molt_math_{name}_f64"
            decls.add(f"double {sym}({', '.join(['double'] * len(args))});")
            body.append(f"  showf({sym}({', '.join(c_double(a) for a in args)}));")
    src += sorted(decls)
    # Split the body into functions (compilers are slow on huge ones).
    chunks = [body[i:i + 2000] for i in range(0, len(body), 2000)]
    for k, chunk in enumerate(chunks):
        src.append(f"static void part{k}(void) {{")
        src += chunk
        src.append("}")
    src.append("V molt_module_main(void) {")
    src += [f"  part{k}();" for k in range(len(chunks))]
    src.append("  return 0x02;\n}")
    tmp = tempfile.mkdtemp()
    c, exe = os.path.join(tmp, "mathdiff.c"), os.path.join(tmp, "mathdiff")
    with open(c, "w") as fh:
        fh.write("\n".join(src))
    subprocess.run(["cc", "-O0", c, runtime_lib(), "-o", exe, "-lm", "-lpthread", "-ldl"], check=True)
    got = subprocess.run([exe], capture_output=True, text=True).stdout.splitlines()
    stats = {}
    shown = 0
    for i, (name, entry, args) in enumerate(plan):
        want = expect(name, args)
        g = got[i] if i < len(got) else "<missing>"
        key = (name, entry)
        total, bad = stats.get(key, (0, 0))
        ok = g == want
        stats[key] = (total + 1, bad + (not ok))
        if not ok and shown < int(os.environ.get("SHOW", "30")):
            shown += 1
            print(f"  {name}{args!r} [{entry}]: python {want}, molt {g}")
    failed = 0
    for (name, entry), (total, bad) in sorted(stats.items()):
        failed += bad
        print(f"{name:10} {entry:4} {total:6} cases, {bad} mismatches")
    print(f"total: {sum(t for t, _ in stats.values())} cases, {failed} mismatches")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
