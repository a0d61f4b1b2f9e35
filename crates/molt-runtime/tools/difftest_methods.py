"""Differential test of `molt_call_method` (str and tuple methods) against
python3.11 (developer tool, needs cc).

Builds a small C driver once (like difftest_format.py) and feeds it
(receiver, method, args) cases on stdin: every method over a pool of
receivers (ASCII, Unicode, empty, case-mapping edge cases) and argument
combinations, plus random argument lists and error cases (wrong types,
wrong arity, unknown methods). Results (reprs, or `!! repr(exception)`)
are compared line by line, so exception type and message must match.
Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    python3.11 crates/molt-runtime/tools/difftest_methods.py [N_RANDOM]
"""
import os
import random
import struct
import subprocess
import sys
import tempfile

def encode(v):
    """A whitespace-free token describing v to the C driver."""
    if v is None:
        return "N"
    if v is True:
        return "T"
    if v is False:
        return "F"
    if isinstance(v, int):
        return "i:" + str(v)
    if isinstance(v, float):
        return "f:%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]
    if isinstance(v, str):
        return "s:" + v.encode().hex()
    if isinstance(v, tuple):
        return "t:%d %s" % (len(v), " ".join(encode(x) for x in v))
    raise TypeError(v)


def py_expect(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:  # noqa: BLE001
        return "!! " + repr(e)


DRIVER = r"""
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
typedef unsigned long long V;
V molt_int_from_decimal(const unsigned char*, size_t); V molt_float_new(double);
V molt_str_from_utf8(const unsigned char*, size_t); V molt_tuple_new(const V*, size_t);
V molt_repr(V); V molt_print(const V*, size_t, V, V); V molt_err_fetch(void);
void molt_decref(V); V molt_call_method(const V*, size_t);
static char *cur;
static char *tok(void) {
  while (*cur == ' ') cur++;
  char *s = cur;
  while (*cur && *cur != ' ' && *cur != '\n') cur++;
  if (*cur) *cur++ = 0;
  return s;
}
static unsigned char hexbuf[1 << 16];
static V value(void) {
  char *t = tok();
  if (t[0] == 'N') return 0x02;
  if (t[0] == 'T') return 0x0E;
  if (t[0] == 'F') return 0x06;
  if (t[0] == 'i') return molt_int_from_decimal((const unsigned char*)t + 2, strlen(t + 2));
  if (t[0] == 'f') { unsigned long long b = strtoull(t + 2, 0, 16); double d; memcpy(&d, &b, 8); return molt_float_new(d); }
  if (t[0] == 's') {
    size_t n = strlen(t + 2) / 2;
    for (size_t i = 0; i < n; i++) { unsigned x; sscanf(t + 2 + 2 * i, "%2x", &x); hexbuf[i] = (unsigned char)x; }
    return molt_str_from_utf8(hexbuf, n);
  }
  if (t[0] == 't') {
    size_t n = strtoull(t + 2, 0, 10); V items[16];
    for (size_t i = 0; i < n; i++) items[i] = value();
    V r = molt_tuple_new(items, n);
    for (size_t i = 0; i < n; i++) molt_decref(items[i]);
    return r;
  }
  abort();
}
static void show(V r) {
  V bang = molt_str_from_utf8((const unsigned char*)"!!", 2);
  if (r == 0) { V e = molt_err_fetch(); V s = molt_repr(e); V a[2] = {bang, s}; molt_print(a, 2, 0x0A, 0x0A); molt_decref(s); molt_decref(e); molt_decref(bang); return; }
  V s = molt_repr(r);
  V a[1] = {s}; molt_print(a, 1, 0x0A, 0x0A);
  molt_decref(s); molt_decref(r); molt_decref(bang);
}
static char line[1 << 18];
V molt_module_main(void) {
  while (fgets(line, sizeof line, stdin)) {
    cur = line;
    char *op = tok();
    if (op[0] == 'M') {
      size_t n = strtoull(tok(), 0, 10); V items[64];
      for (size_t i = 0; i < n; i++) items[i] = value();
      show(molt_call_method(items, n));
      for (size_t i = 0; i < n; i++) molt_decref(items[i]);
    }
  }
  return 0x02;
}
"""

KNOWN = "not supported by Molt"

RECV = ["", "a", "abc", "Hello World", "hello world", "  padded\t\n ", "aaa", "abcabcabc", "ABC", "Abc Def",
        "they're bill's friends", "3a", "123", "-42", "+7", "\u0663\u0664", "\u00bd", "\u2167", "\u00b2",
        "\u00df", "stra\u00dfe", "\u0130stanbul", "\u03a3", "\u039f\u0394\u03a3", "\u039f\u0394\u03a3 x",
        "A\u03a3.", "\u01c5a", "\u01c4\u01c6", "\ufb01x", "\u1f80", "h\u00e9llo w\u00f6rld", "\u65e5\u672c\u8a9e",
        "\U0001F600x\U0001F600", "\u0149", "\u0390", "\u1e9e", "\u212a", "\u00b5", "\u0345", "\u02b0",
        "a\tb\tc", "ab\tc\r\tx\n\td", "\u3000x\u2003", "x_1", "_", "1x", "\u00e9t\u00e9", "class",
        "a-b-c", "\u00c9COLE", "\u0149ABC", "mIxEd CaSe 123", "\x00\x7f", "\u00a0\u0085", "\u2028",
        "\u0660\u0669", "\u2460", "\u4e00", "\u00aa\u00ba", "\u1d2c", "\u2160\u2170"]
SUBS = ["", "a", "b", "c", "ab", "bc", "abc", "x", "\u00e9", "\U0001F600", "\u03a3", " ", "l", "o", "aa", "\t", "S"]
IDX = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100, True, 2**70, -(2**70)]
NOARG = ["upper", "lower", "casefold", "title", "capitalize", "swapcase", "isdigit", "isdecimal", "isnumeric",
         "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isascii", "isidentifier", "isprintable"]
BAD = [1, 1.5, None, (1,), ("a", 2), True]


def main():
    n_random = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(311)
    calls = []  # (receiver, name, args)
    for r in RECV:
        for m in NOARG:
            calls.append((r, m, ()))
        for m in ["strip", "lstrip", "rstrip"]:
            for a in [(), (None,), ("a",), (" \t",), ("abc",), ("\u00e9h",), ("",)]:
                calls.append((r, m, a))
        for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
            for sub in SUBS:
                calls.append((r, m, (sub,)))
            for _ in range(25):
                k = rng.randint(1, 2)
                calls.append((r, m, (rng.choice(SUBS),) + tuple(rng.choice(IDX) for _ in range(k))))
        for m in ["startswith", "endswith"]:
            for a in [(("a", "b"),), ((),), (("x", "\u00e9", ""),), (("z",), 1), (("ab", "bc"), -3)]:
                calls.append((r, m, a))
        for old, new in [("a", "X"), ("", "-"), ("abc", ""), ("b", "\u00e9\u00e9"), ("\u00e9", "e"), ("l", "LL")]:
            calls.append((r, "replace", (old, new)))
            for c in [0, 1, 2, -1, -5, True]:
                calls.append((r, "replace", (old, new, c)))
        for m in ["center", "ljust", "rjust"]:
            for w in [-1, 0, 1, 2, 5, 6, 7, 10, 11]:
                calls.append((r, m, (w,)))
                calls.append((r, m, (w, "*")))
                calls.append((r, m, (w, "\u00e9")))
        for w in [-1, 0, 1, 3, 5, 8]:
            calls.append((r, "zfill", (w,)))
        for a in [(), (0,), (1,), (4,), (-3,), (3,)]:
            calls.append((r, "expandtabs", a))
        for m in ["partition", "rpartition"]:
            for sub in SUBS[1:]:
                calls.append((r, m, (sub,)))
        for m in ["removeprefix", "removesuffix"]:
            for sub in SUBS:
                calls.append((r, m, (sub,)))
        for a in [("x", "y", "z"), (), ("solo",), ("a", "\u00e9"), "xyz", "", ("a", 1), ("a", "b", None)]:
            calls.append((r, "join", (a,)))
    # Error cases on a few receivers.
    for r in ["abc", "h\u00e9llo", ""]:
        for m in NOARG:
            calls.append((r, m, (1,)))
            calls.append((r, m, (1, 2)))
        for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "partition", "rpartition",
                  "removeprefix", "removesuffix", "strip", "lstrip", "rstrip", "zfill", "join", "expandtabs"]:
            calls.append((r, m, ()))
            for b in BAD:
                calls.append((r, m, (b,)))
            calls.append((r, m, ("a", 1, 2, 3)))
        for m in ["find", "count", "startswith", "index"]:
            for b in BAD:
                calls.append((r, m, ("a", b)))
                calls.append((r, m, ("a", 0, b)))
        for m in ["center", "ljust", "rjust"]:
            calls.append((r, m, ()))
            calls.append((r, m, (1, 2, 3)))
            for b in BAD + ["ab", ""]:
                calls.append((r, m, (b,)))
                calls.append((r, m, (5, b)))
            calls.append((r, m, (2**70,)))
        for a in [(), ("a",), (1, "a"), ("a", 1), ("a", "b", 1.5), ("a", "b", 2**70), ("a", "b", None), ("a", "b", 1, 2)]:
            calls.append((r, "replace", a))
        calls.append((r, "expandtabs", (2**40,)))
        calls.append((r, "zfill", (2**70,)))
        for m in ["foo", "split", "rsplit", "splitlines", "encode", "format", "format_map", "translate",
                  "maketrans", "__len__x", "upperx"]:
            calls.append((r, m, ()))
    for recv in [1, 1.5, None, True, 2**70]:
        for m in ["upper", "count", "index", "foo"]:
            calls.append((recv, m, ()))
    # Tuples.
    TUPS = [(), (1,), (1, 2, 2, 3), ("a", 1, "a", 1.0, True), (None, (1, 2), "x")]
    for t in TUPS:
        for x in [1, 2, "a", 1.0, True, None, (1, 2), "zz"]:
            calls.append((t, "count", (x,)))
            calls.append((t, "index", (x,)))
            for a in IDX[:10] + ["x", 1.5]:
                calls.append((t, "index", (x, a)))
                calls.append((t, "index", (x, 0, a)))
        for a in [(), (1, 2), (1, 2, 3, 4)]:
            calls.append((t, "count", a))
            calls.append((t, "index", a))
        calls.append((t, "upper", ()))
    # Random argument lists.
    methods = NOARG + ["strip", "find", "rfind", "index", "rindex", "count", "startswith", "endswith", "replace",
                       "center", "ljust", "rjust", "zfill", "expandtabs", "partition", "rpartition", "removeprefix",
                       "removesuffix", "join"]
    pool = SUBS + IDX + BAD + ["**", "\u00e9"]
    for _ in range(n_random):
        calls.append((rng.choice(RECV), rng.choice(methods), tuple(rng.choice(pool) for _ in range(rng.randint(0, 3)))))

    cases = []
    for recv, m, args in calls:
        line = f"M {len(args) + 2} {encode(recv)} {encode(m)} " + " ".join(encode(a) for a in args)
        cases.append((line, py_expect(lambda: getattr(recv, m)(*args)), f"{recv!r:.40}.{m}{args!r:.60}"))

    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
    lib = os.path.join(root, "target", "release", "libmolt_runtime.a")
    tmp = tempfile.mkdtemp()
    src, exe = os.path.join(tmp, "drv.c"), os.path.join(tmp, "drv")
    with open(src, "w") as fh:
        fh.write(DRIVER)
    subprocess.run(["cc", "-O1", src, lib, "-lpthread", "-ldl", "-lm", "-o", exe], check=True)
    inp = "".join(c[0] + "\n" for c in cases)
    res = subprocess.run([exe], input=inp.encode(), capture_output=True)
    got = res.stdout.decode("utf-8", "replace").split("\n")
    bad = known = 0
    show = int(os.environ.get("SHOW", "60"))
    for i, (line, exp, desc) in enumerate(cases):
        g = got[i] if i < len(got) else "<missing>"
        if g == exp:
            continue
        if KNOWN in g:
            known += 1
            continue
        bad += 1
        if bad <= show:
            print(f"{desc}\n   expected {exp:.200}\n   got      {g:.200}")
    if res.returncode != 0:
        print("driver exit status", res.returncode, res.stderr.decode()[-2000:])
    print(f"{len(cases) - bad - known} passed, {bad} failed, {known} known-unsupported (of {len(cases)})")
    sys.exit(1 if bad or res.returncode else 0)


if __name__ == "__main__":
    main()
