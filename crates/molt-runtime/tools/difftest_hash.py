"""Differential test of `molt_hash` against python3.11 with PYTHONHASHSEED=0
(developer tool, needs cc).

Feeds the C driver (see difftest_driver.py) thousands of values and
compares `hash(v)`: strs of every PEP 393 width (ASCII, Latin-1, BMP,
astral, mixed, long), ints around the 2**61 - 1 modulus and the small-int
boundary, bigints, floats (fractions, huge, tiny, subnormal, infinities),
nested tuples, frozensets (including nested ones), and the TypeError of
unhashable values.

Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    PYTHONHASHSEED=0 python3.11 crates/molt-runtime/tools/difftest_hash.py [N_RANDOM]
"""
import math
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_driver import DRIVER_PRELUDE, encode, run  # noqa: E402

DRIVER = DRIVER_PRELUDE + r"""
V molt_hash(V);
static char line[1 << 20];
V molt_module_main(void) {
  while (fgets(line, sizeof line, stdin)) {
    cur = line;
    V v = value();
    show(molt_hash(v));
    molt_decref(v);
  }
  return 0x02;
}
"""

M = 2**61 - 1


def rand_str(rng):
    ranges = [(0x20, 0x7F), (0x00, 0x20), (0xA0, 0x100), (0x100, 0x800), (0x800, 0xD800),
              (0xE000, 0x10000), (0x10000, 0x110000)]
    n = rng.choice([0, 1, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 64, 100, 1000])
    k = rng.randint(1, 3)
    picks = [rng.choice(ranges) for _ in range(k)]
    return "".join(chr(rng.randrange(*rng.choice(picks))) for _ in range(n))


def rand_int(rng):
    c = rng.randrange(8)
    if c == 0:
        return rng.randint(-1000, 1000)
    if c == 1:
        return rng.choice([1, -1]) * (M * rng.randint(0, 5) + rng.randint(-3, 3))
    if c == 2:
        return rng.choice([1, -1]) * (2**62 + rng.randint(-3, 3))
    if c == 3:
        return rng.choice([1, -1]) * rng.getrandbits(rng.randint(1, 64))
    if c == 4:
        return rng.choice([1, -1]) * rng.getrandbits(rng.randint(64, 600))
    if c == 5:
        return rng.choice([1, -1]) * (2 ** rng.randint(0, 300))
    return rng.randint(-2**63, 2**63)


def rand_float(rng):
    c = rng.randrange(7)
    if c == 0:
        return rng.randint(-10**6, 10**6) / rng.choice([1, 2, 3, 4, 7, 8, 10, 1024, 3.0])
    if c == 1:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if c == 2:
        return rng.uniform(-1e300, 1e300)
    if c == 3:
        return math.ldexp(rng.random(), rng.randint(-1074, 1024))
    if c == 4:
        return float(rand_int(rng)) if abs(rand_int(rng)) < 2**1000 else 1e308
    if c == 5:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, 5e-324, -5e-324, 2.0**-1022, 1.5, 0.1])
    return rng.random() * 2**rng.randint(-60, 60)


def rand_value(rng, depth=0):
    c = rng.randrange(10 if depth < 3 else 6)
    if c < 2:
        return rand_str(rng)
    if c < 4:
        return rand_int(rng)
    if c < 5:
        x = rand_float(rng)
        return 0.0 if math.isnan(x) else x
    if c < 6:
        return rng.choice([True, False])
    if c < 8:
        return tuple(rand_value(rng, depth + 1) for _ in range(rng.randint(0, 5)))
    return frozenset(rand_value(rng, depth + 1) for _ in range(rng.randint(0, 8)))


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        sys.exit("run with PYTHONHASHSEED=0")
    n_random = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    rng = random.Random(2024)
    values = ["", "a", "ab", "abcdefgh", "abcdefghi", "\xe9", "\u0100", "\uffff", "\U00010000",
              "a\U0010ffff", "\x00", "hello world", "\xff" * 9, "\u20ac" * 4, "x" * 1000]
    values += [0, 1, -1, -2, 2**61 - 1, 2**61, -(2**61), 2**61 - 2, 2**62 - 1, -(2**62), 2**62,
               2**63, -(2**63), 2**64, 10**100, -(10**100), True, False]
    values += [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1e308, 5e-324, math.inf, -math.inf, 2.0**61, 2.0**-61,
               1 / 3, 0.1, -2.0**1023, 123456789.125]
    values += [(), (1,), (1, 2), ((),), (("a", 1.5), (True, -1)), frozenset(), frozenset({1}),
               frozenset({frozenset({1, 2}), (3,)}), (frozenset("abc"), "x")]
    values += [rand_value(rng) for _ in range(n_random)]
    values += [rand_str(rng) for _ in range(n_random // 2)]
    values += [rand_int(rng) for _ in range(n_random // 2)]
    values += [rand_float(rng) for _ in range(n_random // 2)]
    values = [v for v in values if not (isinstance(v, float) and math.isnan(v))]
    cases = []
    for v in values:
        # The driver builds a frozenset from a tuple of its items (in this
        # order), which is how hash(frozenset) is computed here too.
        cases.append((encode(v), repr(hash(v)), f"hash({v!r:.80})"))
    # Unhashable values.
    for v in [{1, 2}, {"a": 1}, (1, {2}), frozenset({3}) | {4}]:
        try:
            exp = repr(hash(v))
        except TypeError as e:
            exp = "!! " + repr(e)
        cases.append((encode(v), exp, f"hash({v!r})"))
    run(cases, DRIVER)


if __name__ == "__main__":
    main()
