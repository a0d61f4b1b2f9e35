"""Differential test of `molt_format`, `molt_ascii` and `molt_str_join`
against python3.11 (developer tool, needs cc).

Unlike difftest.py (one compiled block per case), this builds a small C
driver once and feeds it cases on stdin, so it can run a large grid:
every value against a few hundred curated specs plus a random sample of
specs built from all the mini-language's parts (fill/align, sign, `z`, `#`,
`0`, width, grouping, precision, type), malformed specs included.
Results (reprs, or `!! repr(exception)`) are compared line by line.
Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    python3.11 crates/molt-runtime/tools/difftest_format.py [N_RANDOM_SPECS]
"""
import itertools
import math
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_driver import DRIVER_PRELUDE, encode, py_expect, run  # noqa: E402


INF, NAN = float("inf"), float("nan")

INTS = [0, 1, -1, 7, -7, 42, 255, -255, 1234, -1234, 1234567, -1234567, 10**9 + 7, 2**62 - 1,
        -(2**62), 2**62, 2**63, 2**64 + 1, -(2**64 + 1), 10**30, -(10**30), 2**100, 65, 233,
        0x1F600, 0x10FFFF, 0x110000, 0xD800, True, False, 10**400]
FLOATS = [0.0, -0.0, INF, -INF, NAN, -NAN, 1e-7, 123456.789, -123456.789, 1e22, 2.675, 0.125, 0.375,
          0.5, 1.5, 2.5, -2.5, 1e16, 1e15, 0.1, 1 / 3, -1 / 3, 1e300, -1e300, 5e-324, 1e-5, 9.999999,
          99.995, 0.0001, 1.0, -1.0, 100.0, 12345.0, 1.7976931348623157e308,
          2.2250738585072014e-308, 0.05, 0.005, -0.0004, 9.5, 0.95, 1e-4, 123456789012345678.0,
          2.0**70, 4.35, 1e23, 6.02214076e23, 0.25, -0.75, 1234.5, 99999.5, 0.045, 1.0005,
          2.0**63, 2.0**64 - 2048, 18446744073709549568.0 * 2, 3e-20, 1e19 / 3]
STRS = ["", "a", "hello", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001F600x", "it's", "a\nb"]
OTHER = [None, (1, "a")]
VALUES = INTS + FLOATS + STRS + OTHER

PARTS = [
    ["", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0<", "0=", "\u00e9^", " >", "0>", "x="],
    ["", "", "+", "-", " "],
    ["", "", "", "z"],
    ["", "", "#"],
    ["", "", "0"],
    ["", "", "1", "8", "15", "25", "\u0663"],
    ["", "", "", ",", "_"],
    ["", "", ".0", ".1", ".3", ".12", ".25", ".60"],
    ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r", "\u00e9"],
]

CURATED = [
    "", "d", "x", "X", "#x", "#X", "#o", "#b", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s",
    ".2f", ".0f", ".1f", ".3f", ".10f", ".20f", ".60f", ".0e", ".3e", ".17e", ".30e", ".0g", ".1g",
    ".3g", ".17g", "#g", "#.0f", "#.0e", "#.3g", "#", ".3", ".0", ".1", ".17", "#.3", ",", "_",
    ",d", "_d", "_x", "_b", "_o", "#_x", ",x", ",.2f", "_.3f", ",g", ",e", "010", "010,", "08,",
    "09,", "012,.1f", "0=12", "*^12", "<12", ">12", "^12", "=12", "+", "-", " ", "+.2f", " .2f",
    "z", "z.2f", "z.0f", "z.1e", "z.3g", "z%", "z.0%", "+z.1f", "1", "0", "00", "000", "5.3",
    ".", "abc", ",_", "_,", "..2", "5.", ".2.", "=", "1,000", ",,", "zz", "#z", "z#", "\x01", ",\u00e9",
    "\u00e9", "9" * 30, "." + "9" * 30, ".99999999999", ",c", "_c", "+c", "#c", "zc", ".2c", ",n",
    "_n", ",s", "_s", "+s", " s", "#s", "=s", "zs", ".2s", ".0s", "5.2s", "\u00e9>9.4", "0>8.3",
    "ss", "dd", "f%", "\u0663\u0663", "{", "}", "}<5", "{^5",
]


DRIVER = DRIVER_PRELUDE + r"""
V molt_format(V, V); V molt_ascii(V); V molt_str_join(const V*, size_t);
static char line[1 << 18];
V molt_module_main(void) {
  while (fgets(line, sizeof line, stdin)) {
    cur = line;
    char *op = tok();
    if (op[0] == 'F') { V v = value(); V s = value(); show(molt_format(v, s)); molt_decref(v); molt_decref(s); }
    else if (op[0] == 'A') { V v = value(); show(molt_ascii(v)); molt_decref(v); }
    else if (op[0] == 'J') {
      size_t n = strtoull(tok(), 0, 10); V items[64];
      for (size_t i = 0; i < n; i++) items[i] = value();
      show(molt_str_join(items, n));
      for (size_t i = 0; i < n; i++) molt_decref(items[i]);
    }
  }
  return 0x02;
}
"""



def main():
    n_random = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(311)
    specs = list(dict.fromkeys(CURATED + ["".join(rng.choice(p) for p in PARTS) for _ in range(n_random)]))
    cases = []  # (input line, expected, description)
    for v in VALUES:
        for spec in specs:
            cases.append((f"F {encode(v)} {encode(spec)}", py_expect(format, v, spec), f"format({v!r:.40}, {spec!r})"))
    # Families biased towards valid specs, per value type.
    str_specs = ["".join(t) for t in itertools.product(
        ["", "<", ">", "^", "*<", "*^", "\u00e9>", "0<", " >", "="], ["", "0"], ["", "1", "5", "12"],
        ["", ".0", ".2", ".4", ".10"], ["", "s"])]
    int_parts = PARTS[:2] + [[""]] + PARTS[3:7] + [[""], ["", "b", "c", "d", "o", "x", "X", "n"]]
    float_parts = PARTS[:8] + [["", "e", "E", "f", "F", "g", "G", "%", "n"]]
    int_specs = list(dict.fromkeys("".join(rng.choice(p) for p in int_parts) for _ in range(n_random // 2)))
    float_specs = list(dict.fromkeys("".join(rng.choice(p) for p in float_parts) for _ in range(n_random // 2)))
    for vals, fam in [(STRS, str_specs), (INTS, int_specs + float_specs), (FLOATS, float_specs)]:
        for v in vals:
            for spec in fam:
                cases.append((f"F {encode(v)} {encode(spec)}", py_expect(format, v, spec), f"format({v!r:.40}, {spec!r})"))
    for v in [1, 1.5]:
        for bad in [5, None, 1.5]:
            cases.append((f"F {encode(v)} {encode(bad)}", py_expect(format, v, bad), f"format({v!r}, {bad!r})"))
    for v in VALUES + ["\x00\x7f\u00a0\u2028\ud7ff\ue000", "'\"", (1, "\u00e9", (2.5, None))]:
        if isinstance(v, tuple) and any(isinstance(x, tuple) for x in v):
            continue
        cases.append((f"A {encode(v)}", py_expect(ascii, v), f"ascii({v!r:.40})"))
    pool = STRS + ["x" * 100, "", "\u00e9\u00e9"]
    for _ in range(300):
        parts = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
        cases.append((f"J {len(parts)} {' '.join(encode(p) for p in parts)}", py_expect(lambda *a: "".join(a), *parts), f"join{tuple(parts)!r:.60}"))
    for parts in [[1], ["a", 2.5], ["a", None, "b"]]:
        cases.append((f"J {len(parts)} {' '.join(encode(p) for p in parts)}", py_expect(lambda *a: "".join(a), *parts), f"join{tuple(parts)!r:.60}"))

    run(cases, DRIVER)


if __name__ == "__main__":
    main()
