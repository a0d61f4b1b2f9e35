#!/usr/bin/env python3.11
"""Differential test of the runtime's text formatting against python3.11.

Three generated grids go through the entry points compiled code uses and
are compared with CPython, result for result (the repr of the value, or
the exception's `Type: message`):

- `format`: `format(x, spec)` of floats (random bit patterns, exact decimal
  ties, integers, powers of ten) over specs of every float type with small
  and large precisions, widths, signs, `#`, `0`, alignment and grouping;
- `codec`: `str.encode` / `bytes.decode` of random text and bytes with the
  codecs utf-8, utf-16(-le/-be), utf-32(-le/-be), ascii, latin-1 and cp1252
  and the error handlers strict, ignore, replace, xmlcharrefreplace,
  backslashreplace, surrogateescape and surrogatepass (cases whose CPython
  result holds a lone surrogate, which Molt's str cannot, are counted as
  skipped, not compared);
- `bytes%`: `bytes % args` with random conversion specifiers and arguments.

A C driver links the runtime library exactly as `molt build` links programs.

Usage (from the workspace root, after `cargo build --release`):

    python3.11 tools/difftest_text.py [N]      # N cases per grid (default 20000)

Prints the mismatch count per grid and the first few mismatches; exits 1 if
there are any.
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
ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
             "ascii", "latin-1", "cp1252"]
HANDLERS = ["strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
            "surrogateescape", "surrogatepass"]


# ---------------------------------------------------------------- values in C

def c_bytes(b):
    return '"' + "".join(f"\\{c:03o}" for c in b) + '"'


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
        b = a.encode()
        return f"S({c_bytes(b)}, {len(b)})"
    if isinstance(a, bytes):
        return f"B({c_bytes(a)}, {len(a)})"
    if isinstance(a, bytearray):
        return f"molt_bytearray_new(B({c_bytes(bytes(a))}, {len(a)}))"
    if isinstance(a, float):
        return f"molt_float_new({c_double(a)})"
    if isinstance(a, int):
        return f'I("{a}")'
    if isinstance(a, tuple):
        if not a:
            return "molt_tuple_new(0, 0)"
        return f"molt_tuple_new((V[]){{{', '.join(c_value(x) for x in a)}}}, {len(a)})"
    if isinstance(a, list):
        if not a:
            return "molt_list_new(0, 0)"
        return f"molt_list_new((V[]){{{', '.join(c_value(x) for x in a)}}}, {len(a)})"
    if isinstance(a, dict):
        ks = ", ".join(c_value(k) for k in a)
        vs = ", ".join(c_value(v) for v in a.values())
        return f"molt_dict_from_items((V[]){{{ks}}}, (V[]){{{vs}}}, {len(a)})"
    raise TypeError(a)


PRELUDE = r"""
#include <math.h>
#include <stddef.h>
#include <string.h>
typedef unsigned long long V;
V molt_float_new(double); V molt_repr(V); V molt_str(V); V molt_add(V, V);
V molt_print(const V*, size_t, V, V); V molt_err_fetch(void); V molt_type_name(V);
V molt_str_from_utf8(const unsigned char*, size_t); V molt_tuple_new(const V*, size_t);
V molt_int_from_decimal(const unsigned char*, size_t); V molt_bytes_from_data(const unsigned char*, size_t);
V molt_bytearray_new(V); V molt_list_new(const V*, size_t); V molt_dict_from_items(const V*, const V*, size_t);
V molt_format(V, V); V molt_mod(V, V); V molt_call_method(const V*, size_t);
static V S(const char *s, size_t n) { return molt_str_from_utf8((const unsigned char*)s, n); }
static V B(const char *s, size_t n) { return molt_bytes_from_data((const unsigned char*)s, n); }
static V I(const char *s) { return molt_int_from_decimal((const unsigned char*)s, strlen(s)); }
static void show(V r) {
  if (r == 0) {
    V e = molt_err_fetch();
    V m = molt_add(molt_add(S("!! ", 3), molt_type_name(e)), molt_add(S(": ", 2), molt_str(e)));
    V a[1] = {molt_repr(m)}; molt_print(a, 1, 0x0A, 0x0A); return;
  }
  V a[1] = {molt_repr(r)}; molt_print(a, 1, 0x0A, 0x0A);
}
"""


def expect(thunk):
    try:
        return repr(thunk())
    except Exception as e:
        return repr(f"!! {type(e).__name__}: {e}")


def has_surrogate(x):
    return isinstance(x, str) and any(0xD800 <= ord(c) < 0xE000 for c in x)


# ---------------------------------------------------------------- grids

def random_float(rng):
    k = rng.random()
    if k < 0.2:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if k < 0.35:   # exact decimal ties of the shortest digits
        return rng.choice((-1, 1)) * (float(2**50 + rng.getrandbits(50)) + 0.25 * rng.randint(0, 3))
    if k < 0.5:
        return float(rng.getrandbits(53)) * 2.0 ** rng.randint(-80, 80)
    if k < 0.6:
        return rng.choice((-1, 1)) * 10.0 ** rng.randint(-30, 30)
    if k < 0.7:
        return rng.randint(-10**6, 10**6) / rng.choice((1, 2, 4, 8, 10, 100, 1000))
    if k < 0.75:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, 1.7976931348623157e308,
                           0.5, 1.5, 2.5, -2.5, 0.125, 1e16, 1e-5, 123456789.0])
    return rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-20, 20)


def random_spec(rng):
    fill_align = rng.choice(["", "", "<", ">", "^", "=", "*>", "0=", "x^"])
    sign = rng.choice(["", "", "+", "-", " "])
    alt = rng.choice(["", "", "#"])
    zero = rng.choice(["", "", "0"]) if "=" not in fill_align else ""
    width = rng.choice(["", "", str(rng.randint(0, 40))])
    group = rng.choice(["", "", "", ",", "_"])
    prec = rng.choice(["", "", f".{rng.randint(0, 20)}", f".{rng.randint(0, 120)}",
                       f".{rng.choice([300, 330, 400, 767, 1100])}"])
    ty = rng.choice(["", "", "g", "G", "e", "E", "f", "F", "%", "n"])
    if ty == "n" and group:
        group = ""
    return fill_align + sign + alt + zero + width + group + prec + ty


def format_cases(n, rng):
    out = []
    for _ in range(n):
        x = random_float(rng)
        spec = random_spec(rng)
        out.append((("format", x, spec), lambda x=x, spec=spec: format(x, spec)))
    return out


ALPHABET = (["a", "Z", "0", " ", "\x00", "\x7f"] + [chr(c) for c in (0x80, 0x81, 0x8d, 0xa0, 0xe9, 0xff)]
            + ["\u0100", "\u20ac", "\u0152", "\u2122", "\u20ad", "\uffff", "\ufeff", "\U0001f600",
               "\U0010ffff"])
BYTE_POOL = [0x00, 0x41, 0x7f, 0x80, 0x81, 0x8d, 0x9d, 0xa0, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed,
             0xa0, 0xf0, 0x9f, 0x98, 0xf4, 0x90, 0xff, 0xfe, 0xd8, 0xdc, 0xdb, 0x11, 0x00, 0x00]


def random_bytes(rng):
    k = rng.random()
    if k < 0.3:
        return bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 12)))
    if k < 0.6:
        return bytes(rng.choice(BYTE_POOL) for _ in range(rng.randint(0, 12)))
    s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 6)))
    b = s.encode(rng.choice(ENCODINGS[:7]))
    if b and rng.random() < 0.6:     # damage it
        i = rng.randrange(len(b))
        b = b[:i] + bytes([rng.choice(BYTE_POOL)]) + b[i + 1:] if rng.random() < 0.5 else b[:i]
    return b


def codec_cases(n, rng):
    out = []
    for _ in range(n):
        enc, h = rng.choice(ENCODINGS), rng.choice(HANDLERS)
        if rng.random() < 0.5:
            s = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 8)))
            out.append((("encode", s, enc, h), lambda s=s, enc=enc, h=h: s.encode(enc, h)))
        else:
            b = random_bytes(rng)
            out.append((("decode", b, enc, h), lambda b=b, enc=enc, h=h: b.decode(enc, h)))
    return out


def random_arg(rng):
    # No int between 2**16 and 2**64: as a `*` width CPython would try to
    # allocate it (beyond 2**63 it raises OverflowError at once).
    return rng.choice([
        rng.randint(-1000, 1000), rng.getrandbits(rng.choice((16, 65, 120))) * rng.choice((-1, 1)),
        random_float(rng), True, None, b"", b"ab\xff", bytearray(b"xy"), "s", "\xe9", [1], (), b"z",
        rng.randint(0, 255), 256, -1, 3.99,
    ])


def random_bytes_format(rng):
    parts, nargs = [], 0
    for _ in range(rng.randint(0, 4)):
        if rng.random() < 0.3:
            parts.append(rng.choice(["ab", "\xff", " ", "%%", "x\x00"]))
            continue
        spec = "%"
        spec += "".join(rng.choice("-+ #0") for _ in range(rng.randint(0, 2)))
        w = rng.choice(["", "", str(rng.randint(0, 12)), "*"])
        p = rng.choice(["", "", f".{rng.randint(0, 12)}", ".*"])
        nargs += (w == "*") + (p == ".*")
        spec += w + p + rng.choice(["", "", "", "l", "h"])
        spec += rng.choice("diouxXeEfFgGcrsab" * 4 + "z\x01\x80%")
        nargs += 1
        parts.append(spec)
    return "".join(parts).encode("latin-1"), nargs


def bytes_mod_cases(n, rng):
    out = []
    for _ in range(n):
        fmt, nargs = random_bytes_format(rng)
        k = rng.random()
        if k < 0.05:
            args = {b"a": random_arg(rng), b"k": random_arg(rng)}
            fmt = fmt.replace(b"%", b"%(a)", 1)
        elif k < 0.15:
            args = random_arg(rng)
        else:
            m = max(0, nargs + rng.choice([0, 0, 0, 0, -1, 1]))
            args = tuple(random_arg(rng) for _ in range(m))
        if isinstance(fmt, bytes) and rng.random() < 0.1:
            fmt = bytearray(fmt)
        out.append((("mod", fmt, args), lambda fmt=fmt, args=args: fmt % args))
    return out


def c_call(case):
    kind = case[0]
    if kind == "format":
        _, x, spec = case
        return f"molt_format(molt_float_new({c_double(x)}), {c_value(spec)})"
    if kind in ("encode", "decode"):
        _, recv, enc, h = case
        return (f"molt_call_method((V[]){{{c_value(recv)}, {c_value(kind)}, {c_value(enc)}, "
                f"{c_value(h)}}}, 4)")
    _, fmt, args = case
    return f"molt_mod({c_value(fmt)}, {c_value(args)})"


def runtime_lib():
    libs = [os.path.join(ROOT, "target", d, "release", "libmolt_runtime.a") for d in ("molt-rt", "")]
    libs = [p for p in libs if os.path.exists(p)]
    if not libs:
        sys.exit("build the runtime first: cargo build --release")
    return max(libs, key=os.path.getmtime)


def run_molt(cases):
    body = [f"  show({c_call(c)});" for c, _ in cases]
    src = [PRELUDE]
    chunks = [body[i:i + 1000] for i in range(0, len(body), 1000)]
    for k, chunk in enumerate(chunks):
        src.append(f"static void part{k}(void) {{")
        src += chunk
        src.append("}")
    src.append("V molt_module_main(void) {")
    src += [f"  part{k}();" for k in range(len(chunks))]
    src.append("  return 0x02;\n}")
    tmp = tempfile.mkdtemp()
    c, exe = os.path.join(tmp, "textdiff.c"), os.path.join(tmp, "textdiff")
    with open(c, "w") as fh:
        fh.write("\n".join(src))
    subprocess.run(["cc", "-O0", c, runtime_lib(), "-o", exe, "-lm", "-lpthread", "-ldl"], check=True)
    r = subprocess.run([exe], capture_output=True, text=True, errors="replace")
    if r.returncode != 0:
        print(f"  driver exited with status {r.returncode}: {r.stderr.strip()[:300]}")
    return r.stdout.splitlines()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = random.Random(20261207)
    grids = [("format", format_cases(n, rng)), ("codec", codec_cases(n, rng)),
             ("bytes%", bytes_mod_cases(n, rng))]
    failed = 0
    shown = 0
    for name, cases in grids:
        got = run_molt(cases)
        bad = skipped = 0
        for i, (case, thunk) in enumerate(cases):
            try:
                py = thunk()
            except Exception:
                py = None
            if has_surrogate(py):
                skipped += 1
                continue
            want = expect(thunk)
            g = got[i] if i < len(got) else "<missing>"
            if g != want:
                bad += 1
                if shown < int(os.environ.get("SHOW", "30")):
                    shown += 1
                    print(f"  {case!r}: python {want}, molt {g}")
        failed += bad
        print(f"{name:8} {len(cases):7} cases, {skipped} skipped (lone surrogates), {bad} mismatches")
    print(f"total mismatches: {failed}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
