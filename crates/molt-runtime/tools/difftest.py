"""Differential test of the runtime against python3.11 (developer tool, needs cc).

Generates a C program whose `molt_module_main` calls runtime entry points on
many operands, runs it, and diffs its output with python3.11 evaluating the
same expressions. Usage (from the workspace root, after
`cargo build -p molt-runtime --release`):

    python3.11 crates/molt-runtime/tools/difftest.py
"""
import math
import operator
import os
import subprocess
import sys
import tempfile

INF, NAN = float("inf"), float("nan")
BIG = 10**30
HUGE = 10**400
SMALLMAX = 2**62 - 1

ints = [0, 1, -1, 2, -7, 7, 3, SMALLMAX, -SMALLMAX - 1, 2**62, BIG, -BIG, True, False]
floats = [0.0, -0.0, 1.5, -2.5, 7.0, -7.5, 1e300, INF, -INF, NAN, 0.1]
strs = ["", "a", "abc", "it's", "é", "a\"b'c"]
misc = [None, (), (1,), (1, "a"), (1, 2.0)]
vals = ints + floats + strs + misc

BINOPS = {
    "molt_add": operator.add, "molt_sub": operator.sub, "molt_mul": operator.mul,
    "molt_truediv": operator.truediv, "molt_floordiv": operator.floordiv, "molt_mod": operator.mod,
    "molt_pow": operator.pow, "molt_lshift": operator.lshift, "molt_rshift": operator.rshift,
    "molt_bitand": operator.and_, "molt_bitor": operator.or_, "molt_bitxor": operator.xor,
    "molt_lt": operator.lt, "molt_le": operator.le, "molt_gt": operator.gt, "molt_ge": operator.ge,
    "molt_eq": operator.eq, "molt_ne": operator.ne, "molt_divmod": divmod,
    "molt_math_log2arg": math.log, "molt_round2": round, "molt_int_new_base": int,
    "molt_format": format,
}
UNOPS = {
    "molt_neg": operator.neg, "molt_pos": operator.pos, "molt_invert": operator.invert,
    "molt_str": str, "molt_repr": repr, "molt_int_new": int, "molt_float_from": float,
    "molt_abs": abs, "molt_round1": round, "molt_hex": hex, "molt_bin": bin, "molt_oct": oct,
    "molt_len": len, "molt_ord": ord, "molt_chr": chr, "molt_bool_from": bool,
    "molt_math_sqrt": math.sqrt, "molt_math_sin": math.sin, "molt_math_cos": math.cos,
    "molt_math_exp": math.exp, "molt_math_log": math.log, "molt_math_fabs": math.fabs,
    "molt_math_floor": math.floor, "molt_math_ceil": math.ceil, "molt_math_isqrt": math.isqrt,
    "molt_ascii": ascii,
}
VARARGS = {"molt_min": min, "molt_max": max, "molt_math_gcd": math.gcd,
           "molt_str_join": lambda *a: "".join(a)}

extra_str = [" 1_0 ", "0x1f", "-0b101", "1e5", " -nan ", "inf", "1__0", "12", "٣", "1.5", "abc",
             "0o17", "z", "9" * 30, "-12_345", "+.5e-3", "1_0.5", "1_.5", "\n42\t"]
extra_float = [2.675, 1234.5678, 0.5, 2.5, -0.4, 1e16, 1e-5, 1.2345678901234568e17, 5e-324, 1e22, 123.456]

cases = []
for name, f in BINOPS.items():
    for a in vals:
        for b in vals:
            if name in ("molt_pow",) and isinstance(b, int) and not isinstance(b, bool) and b > 1000:
                continue
            if name == "molt_round2" and isinstance(a, int) and isinstance(b, int) and b < -1000:
                continue  # CPython computes 10**-b: hangs
            if name == "molt_lshift" and isinstance(b, int) and b > 1000:
                continue
            if name == "molt_mul" and isinstance(b, int) and b > 1000 and isinstance(a, (str, tuple)):
                continue
            if name == "molt_mul" and isinstance(a, int) and a > 1000 and isinstance(b, (str, tuple)):
                continue
            cases.append((name, f, [a, b]))
for x in extra_float:
    for nd in [None, 0, 1, 2, -1, -2, 400, -400]:
        cases.append(("molt_round2", round, [x, nd]))
for x in [15, 25, -25, 123456, BIG]:
    for nd in [-1, -2, -31, 2]:
        cases.append(("molt_round2", round, [x, nd]))
for s in extra_str:
    for b in [0, 2, 8, 10, 16, 36, 1, 37]:
        cases.append(("molt_int_new_base", int, [s, b]))
for name, f in UNOPS.items():
    for a in vals + extra_str + extra_float + [HUGE, -HUGE, 55, 0x10FFFF, 0x110000]:
        cases.append((name, f, [a]))
for name, f in VARARGS.items():
    for args in [[], [1], [(3, 1, 2)], ["bca"], [""], [()], [1, 2.0], [2, 1.0, 1], [1, "a"], [-4, 6], [1.5], [BIG, 10]]:
        cases.append((name, f, list(args)))
for a, b, m in [(2, -1, 7), (2, -1, 4), (2, 3, 0), (2.0, 3, 5), (-2, 3, -5), (-3, 5, 7), (2, 3, None), (BIG, BIG, 97), (3, 4, -1)]:
    cases.append(("molt_pow3", pow, [a, b, m]))
for a, b in [(2, 10**4), (-1, 2**70), (0, 0), (0, -1), (10, -400), (2, 0.5), (-8, 0.5), (2.0, 10000), (-2.0, 1001.0), (-1.0, 1e300)]:
    cases.append(("molt_pow", pow, [a, b]))
for a in ints + floats + strs + [HUGE, None, (1,)]:
    for spec in ["", ">8", "+.3", "#x", ",", "_b", ".2f", "e", "%", "c", "s", ".2", "z.1f", "=010", "*^9", "n", "g"]:
        cases.append(("molt_format", format, [a, spec]))
for args in [["a", "b\u00e9"], ["", ""], ["x" * 50, "", "y"], ["a", 1]]:
    cases.append(("molt_str_join", VARARGS["molt_str_join"], args))
for a in [1, BIG]:
    for b in [2**40, 2**64, 63, 64]:
        cases.append(("molt_rshift", operator.rshift, [a, b]))
        cases.append(("molt_rshift", operator.rshift, [-a, b]))
for a, b in [(HUGE, 1), (HUGE, 3), (1, HUGE), (HUGE, 1.0), (2**53 + 1, float(2**53)), (HUGE, INF), (2**1000 + 1, 2**999), (3, 2**70)]:
    for name in ["molt_truediv", "molt_lt", "molt_eq", "molt_gt", "molt_mul", "molt_floordiv", "molt_mod"]:
        cases.append((name, BINOPS[name], [a, b]))


# Refused on purpose (NotImplementedError), not counted as failures.
KNOWN = "not supported by Molt"


def c_value(v, out):
    """Emit C statements building v; returns the C expression of the value."""
    if v is None:
        return "0x02"
    if v is True:
        return "0x0E"
    if v is False:
        return "0x06"
    if isinstance(v, int):
        s = str(v).encode()
        return f'molt_int_from_decimal((const unsigned char*)"{s.decode()}", {len(s)})'
    if isinstance(v, float):
        if math.isnan(v):
            lit = "(0.0/0.0)"
        elif math.isinf(v):
            lit = "(1.0/0.0)" if v > 0 else "(-1.0/0.0)"
        else:
            lit = v.hex()
        return f"molt_float_new({lit})"
    if isinstance(v, str):
        b = v.encode()
        esc = "".join(f"\\x{c:02x}" for c in b)
        return f'molt_str_from_utf8((const unsigned char*)"{esc}", {len(b)})'
    if isinstance(v, tuple):
        items = [c_value(x, out) for x in v]
        n = len(out)
        out.append(f"  V t{n}[{max(1, len(items))}] = {{{', '.join(items) or '0'}}};")
        return f"molt_tuple_new(t{n}, {len(items)})"
    raise TypeError(v)


def py_expect(f, args):
    try:
        r = f(*args)
        return repr(r)
    except Exception as e:
        return "!! " + repr(e)


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    lib = os.path.join(root, "target", "release", "libmolt_runtime.a")
    lines = ["#include <stddef.h>", "typedef unsigned long long V;",
             "V molt_int_from_decimal(const unsigned char*, size_t); V molt_float_new(double);",
             "V molt_str_from_utf8(const unsigned char*, size_t); V molt_tuple_new(const V*, size_t);",
             "V molt_repr(V); V molt_print(const V*, size_t, V, V); V molt_err_fetch(void);",
             "V molt_str_from_utf8(const unsigned char*, size_t);"]
    decls = set()
    body = []
    expected = []
    for i, (name, f, args) in enumerate(cases):
        pre = []
        exprs = [c_value(a, pre) for a in args]
        if name in VARARGS:
            decls.add(f"V {name}(const V*, size_t);")
            pre.append(f"  V a{i}[{max(1, len(exprs))}] = {{{', '.join(exprs) or '0'}}};")
            call = f"{name}(a{i}, {len(exprs)})"
        else:
            decls.add(f"V {name}({', '.join(['V'] * len(exprs))});")
            call = f"{name}({', '.join(exprs)})"
        body.append("  {\n" + "\n".join(pre) + f"\n  show({call});\n  }}")
        expected.append(py_expect(f, args))
    lines += sorted(decls)
    lines.append("""static void show(V r) {
  V bang = molt_str_from_utf8((const unsigned char*)"!!", 2);
  if (r == 0) { V e = molt_err_fetch(); V s = molt_repr(e); V a[2] = {bang, s}; molt_print(a, 2, 0x0A, 0x0A); return; }
  V s = molt_repr(r);
  if (s == 0) { V e = molt_err_fetch(); V s2 = molt_repr(e); V a[2] = {bang, s2}; molt_print(a, 2, 0x0A, 0x0A); return; }
  V a[1] = {s}; molt_print(a, 1, 0x0A, 0x0A);
}""")
    lines.append("V molt_module_main(void) {")
    lines += body
    lines.append("  return 0x02;\n}")
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "diff.c")
    exe = os.path.join(tmp, "diff")
    with open(src, "w") as fh:
        fh.write("\n".join(lines))
    subprocess.run(["cc", "-O0", src, lib, "-lpthread", "-ldl", "-lm", "-o", exe], check=True)
    got = subprocess.run([exe], capture_output=True, text=True).stdout.splitlines()
    bad = 0
    for i, (case, exp) in enumerate(zip(cases, expected)):
        g = got[i] if i < len(got) else "<missing>"
        if g != exp and KNOWN in g:
            continue
        if g != exp:
            bad += 1
            if bad <= int(os.environ.get("SHOW", "80")):
                print(f"{case[0]}{tuple(case[2])!r:.120}\n   expected {exp:.200}\n   got      {g:.200}")
    print(f"{len(cases) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
