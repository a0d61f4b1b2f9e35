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
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_driver import DRIVER_PRELUDE, encode, py_expect, run  # noqa: E402


DRIVER = DRIVER_PRELUDE + r"""
V molt_call_method(const V*, size_t);
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

    run(cases, DRIVER)


if __name__ == "__main__":
    main()
