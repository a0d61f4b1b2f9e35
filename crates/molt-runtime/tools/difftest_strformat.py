"""Differential test of `molt_str_mod` (`str % args`), `molt_str_format`
(`str.format`) and `molt_str_format_map` against python3.11 (developer
tool, needs cc).

Builds a small C driver once (like difftest_format.py) and feeds it cases on
stdin: curated edge cases plus random templates built from every part of
both mini-languages (flags, widths and precisions incl. `*`, length
modifiers, all conversions, keys; field names with indexes and attributes,
conversions, specs with nested fields, escaped and stray braces),
malformed ones included, over argument tuples of ints (bigints, negatives,
bools), floats (inf, nan, -0.0, huge, tiny), strs (Unicode), None and
tuples. Results (reprs, or `!! repr(exception)`) are compared line by line,
so exception type and message must match.
Usage (from the workspace root, after `cargo build -p molt-runtime --release`):

    python3.11 crates/molt-runtime/tools/difftest_strformat.py [N_RANDOM]
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from difftest_driver import DRIVER_PRELUDE, encode, py_expect, run  # noqa: E402


DRIVER = DRIVER_PRELUDE + r"""
V molt_str_mod(V, V); V molt_str_format(V, const V*, size_t, const V*, size_t); V molt_str_format_map(V, V);
static char line[1 << 18];
V molt_module_main(void) {
  while (fgets(line, sizeof line, stdin)) {
    cur = line;
    char *op = tok();
    if (op[0] == 'M') { V f = value(); V a = value(); show(molt_str_mod(f, a)); molt_decref(f); molt_decref(a); }
    else if (op[0] == 'P') { V f = value(); V a = value(); show(molt_str_format_map(f, a)); molt_decref(f); molt_decref(a); }
    else if (op[0] == 'S') {
      V f = value();
      size_t n = strtoull(tok(), 0, 10); V items[64];
      for (size_t i = 0; i < n; i++) items[i] = value();
      size_t k = strtoull(tok(), 0, 10); V kw[64];
      for (size_t i = 0; i < 2 * k; i++) kw[i] = value();
      show(molt_str_format(f, items, n, kw, k));
      molt_decref(f);
      for (size_t i = 0; i < n; i++) molt_decref(items[i]);
      for (size_t i = 0; i < 2 * k; i++) molt_decref(kw[i]);
    }
  }
  return 0x02;
}
"""

INF, NAN = float("inf"), float("nan")
INTS = [0, 1, -1, 7, -42, 255, -255, 65, 233, 1234567, -1234567, 2**31, 2**62 - 1, -(2**62), 2**62,
        2**64 + 1, -(2**64 + 1), 10**30, -(10**30), True, False, 0x1F600, 0x10FFFF, 0x110000]
FLOATS = [0.0, -0.0, INF, -INF, NAN, 1.5, -2.5, 0.1, 1e-7, 123456.789, -123456.789, 1e22, 1e300, -1e300,
          5e-324, 2.675, 1e16, 0.5, 9.9999, 1 / 3, 1e-5, 100.0, 2.0**70]
STRS = ["", "a", "abc", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001F600x", "it's", 'a"b', "a\nb", "%", "{}",
        "\u00e9"]
OTHER = [None, (1, "a"), (), (2.5,)]
VALUES = INTS + FLOATS + STRS + OTHER

# ------------------------------------------------------------------ %-format

PCT_CONV = list("diuoxXeEfFgGcrsa") + ["%"]
PCT_BAD_CONV = ["y", "\u00e9", "z", "\x01", "", "%", "b", "n", "\x7f"]


def pct_spec(rng, nargs_used):
    """One random `%...` specifier; appends the kinds of arguments it
    consumes to nargs_used ('w' for a `*`, else the conversion)."""
    s = "%"
    if rng.random() < 0.04:
        s += rng.choice(["(a)", "(", "(a(b))", "()"])
    s += "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 0, 1, 1, 2, 3])))
    r = rng.random()
    if r < 0.1:
        s += "*"
        nargs_used.append("w")
    elif r < 0.45:
        s += str(rng.choice([0, 1, 2, 3, 5, 8, 10, 12, 20, 25]))
    r = rng.random()
    if r < 0.08:
        s += ".*"
        nargs_used.append("w")
    elif r < 0.12:
        s += "."
    elif r < 0.4:
        s += "." + str(rng.choice([0, 1, 2, 3, 5, 6, 10, 17, 25, 40]))
    if rng.random() < 0.05:
        s += rng.choice("hlL")
    if rng.random() < 0.04:
        c = rng.choice(PCT_BAD_CONV)
    else:
        c = rng.choice(PCT_CONV)
    s += c
    if c != "%":
        nargs_used.append(c)
    return s


def arg_for(rng, kind):
    """A value suited (usually) to a conversion kind."""
    if kind == "w":
        # Never a width in the millions: CPython would build that string.
        if rng.random() < 0.05:
            return rng.choice([2**62, -(2**62), 10**30, 1.5, "x", None])
        return rng.choice([0, 1, 2, 5, 8, 12, -3, -8, 20, True])
    if rng.random() < 0.08:
        return rng.choice(VALUES)
    if kind in "diuoxX":
        return rng.choice(INTS + INTS + FLOATS[:8] + [True])
    if kind in "eEfFgG":
        return rng.choice(FLOATS + FLOATS + INTS[:12])
    if kind == "c":
        return rng.choice([65, 0x1F600, 233, 0, 10, "x", "\u00e9", "ab", 1.5, -1, 0x110000, True])
    return rng.choice(VALUES)


LITERALS = ["", "", "", "x", "ab ", " = ", "\u00e9", "|", "\U0001F600", "{", "}", "(", ")"]


def random_pct(rng):
    used = []
    parts = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        parts.append(rng.choice(LITERALS))
        parts.append(pct_spec(rng, used))
    parts.append(rng.choice(LITERALS))
    fmt = "".join(parts)
    args = [arg_for(rng, k) for k in used]
    r = rng.random()
    if r < 0.08 and args:
        args.pop(rng.randrange(len(args)))
    elif r < 0.14:
        args.append(rng.choice(VALUES))
    if len(args) == 1 and rng.random() < 0.5 and not isinstance(args[0], tuple):
        return fmt, args[0]
    return fmt, tuple(args)


CURATED_PCT = [
    ("%c", 1.5), ("%c", "ab"), ("%c", None), ("%c", True), ("%c", 2**70), ("%c", -1), ("%c", ""),
    ("%010f", INF), ("%-010f", -INF), ("%+010.2f", NAN), ("%.*f", (-3, 1.5)), ("%*d", (-5, 3)),
    ("%*d", (2**70, 3)), ("%.*d", (2**40, 3)), ("%.*d", (-2**40, 3)), ("%*d", (1.5, 3)), ("%*d", (True, 3)),
    ("%.*d", (2**31, 1)), ("%.*d", (2**31 - 1, 1)), ("%.*d", (-(2**31) - 1, 1)),
    ("abc", 5), ("abc", ()), ("abc", (1,)), ("%s %s", (1,)), ("%(a)s", (1,)), ("%(a)s", 5), ("%(a)s", "s"),
    ("%y", 1), ("%\u00e9", 1), ("%", 1), ("%5", 1), ("%(a", 1), ("%.", 1), ("%l", 1), ("%ld", 3), ("%-", 1),
    ("%*", (5,)), ("%*", ()), ("%.*", (1,)), ("%.5", 1), ("%5.", 1), ("ab%", ()), ("%y", ()),
    ("%d", "x"), ("%x", 1.5), ("%d", 1e300), ("%d", INF), ("%d", NAN), ("%f", "x"), ("%f", 10**400),
    ("%f", None), ("%i", -1.9), ("%u", 2.5), ("%o", 1.0), ("%X", True), ("%d", (1, 2)), ("%x", None),
    ("%#x", -255), ("%#010x", -255), ("%#-10X", 255), ("%#o", 8), ("%+#o", 8), ("% d", 5), ("%+5d", -5),
    ("%05d", -5), ("%.5d", -5), ("%#.5x", 5), ("%-+05d|", 3), ("%#5o|", 8), ("%#05o", -8), ("% 05x", 255),
    ("%#.3o", 8), ("%#X", 10**30), ("%+.40d", -(10**30)),
    ("%s", True), ("%r", "\u00e9"), ("%a", "\u00e9"), ("%.2r", "\u00e9"), ("%5.1s", "abc"), ("%.3s", 12345),
    ("%5s", None), ("%-5d|", True), ("%.0s", "abc"), ("%-8r|", "x"), ("%+s", "x"), ("%05s", "x"),
    ("%e", 1.0), ("%g", 1e-5), ("%#g", 1.0), ("%G", 1e100), ("%.0e", 1.5), ("%.3a", "xyz"), ("%#.0f", 2.5),
    ("% f", 0.0), ("%+f", -0.0), ("%.0f", 2.5), ("%F", INF), ("%E", NAN), ("%#.0e", 3.0), ("%.60f", 0.1),
    ("%.99999999999f", 1.0), ("%99999999999999999999d", 1), ("%.2147483648f", 1.0), ("%.1100e", 5e-324),
    ("%s", (1,)), ("%s", ((1, 2),)), ("%s", (1, 2)), ("%%", ()), ("%%", 5), ("%s %%", (1,)),
    ("%5%", ()), ("%-5%|", ()), ("%c", "\u00e9"), ("%5c", 65), ("%-5c|", 65), ("%05c", 65), ("%.0c", 65),
    ("%+c", 65), ("%c", 0x1F600), ("%d", 10**400), ("%s", 10**400), ("%x", 10**500),
    ("%99999999999999d", 1), ("%*d", (2**41, 1)), ("%*s", (-(2**41), "a")),
    ("%hd %lx %Lf", (1, 255, 1.5)), ("%(a)", 1), ("%()s", 1), ("%s", ()), ("%r", ((),)),
    ("%s\u00e9%s", ("\u65e5", "\U0001F600")), ("%10s|", "\u65e5\u672c"), ("%-10.1s|", "\U0001F600x"),
]

# ------------------------------------------------------------ str.format

SPEC_PARTS = [
    ["", "", "<", ">", "^", "=", "*<", "0>", "\u00e9^", "{}", "{f}"],
    ["", "", "+", "-", " "],
    ["", "", "", "z"],
    ["", "", "#"],
    ["", "", "0"],
    ["", "", "1", "5", "8", "12", "{}", "{w}", "{w}{w}"],
    ["", "", "", ",", "_"],
    ["", "", ".0", ".2", ".3", ".10", ".{}", ".{p}", "."],
    ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "r"],
]
NAMES = ["", "", "", "", "0", "1", "2", "a", "b", "x", "w", "\u0661", "00", " ", "-1", "99999999999999999999"]
ACCESS = ["", "", "", "", "", "[0]", "[1]", "[-1]", "[a]", "[0][0]", ".real", ".imag", ".numerator",
          ".denominator", ".foo", ".upper", ".__class__", "[", "[0", "[]", ".", "[0]x", "[0].real", "[:]",
          "[}]", "[{]", "[99999999999999999999]"]
CONVS = ["", "", "", "", "!r", "!s", "!a", "!x", "!", "!rr", "!\u00e9"]
LIT = ["", "", "", "x", "ab ", "{{", "}}", "\u00e9", "{", "}", "}}{{", " "]


def random_field(rng):
    if rng.random() < 0.05:
        return rng.choice(["{", "}", "{0", "{:", "{!r", "{0:{", "{0[}", "{:}}", "{a{b}", "{0!r:", "{0}}"])
    spec = ""
    if rng.random() < 0.55:
        spec = ":" + "".join(rng.choice(p) for p in SPEC_PARTS)
        if rng.random() < 0.03:
            spec = ":" + rng.choice(["{:{}}", "{0:{1}}", "}", "{", "{{}}", "{:{}}{}", "{!r}"])
    return "{" + rng.choice(NAMES) + rng.choice(ACCESS) + rng.choice(CONVS) + spec + "}"


def format_arg(rng):
    r = rng.random()
    if r < 0.15:
        return rng.choice([1, 5, 10, 12, -3, 0])
    if r < 0.3:
        return rng.choice([">", "<5", "^9", ".2f", "x", "", "#x", "010", ",", "e"])
    return rng.choice(VALUES + [("ab", 1.5), ("\u00e9",)])


def typed_spec(rng, v):
    """A spec that is usually valid for v's type (nested {w}/{p} allowed)."""
    fill_align = rng.choice(["", "", "<", ">", "^", "*^", "0>", "\u00e9<", "=", "x="])
    width = rng.choice(["", "", "1", "6", "10", "{w}"])
    prec = rng.choice(["", "", ".0", ".1", ".3", ".12", ".{p}"])
    if isinstance(v, bool) or isinstance(v, int):
        sign = rng.choice(["", "", "+", " ", "-"])
        ty = rng.choice(["", "d", "x", "X", "o", "b", "n", "c", "e", "f", "g", "%", "E"])
        alt = rng.choice(["", "", "#"])
        zero = rng.choice(["", "", "0"])
        group = rng.choice(["", "", ",", "_"]) if ty not in ("c", "n") else ""
        if ty in "eEfg%" and ty:
            return fill_align + sign + alt + zero + width + group + prec + ty
        return fill_align + sign + alt + zero + width + group + ty
    if isinstance(v, float):
        sign = rng.choice(["", "", "+", " ", "-"])
        ty = rng.choice(["", "", "e", "E", "f", "F", "g", "G", "%", "n"])
        return (fill_align + sign + rng.choice(["", "", "z"]) + rng.choice(["", "#"]) + rng.choice(["", "", "0"])
                + width + rng.choice(["", "", ",", "_"]) + prec + ty)
    if isinstance(v, str):
        return fill_align.replace("=", "<") + width + prec + rng.choice(["", "s"])
    return rng.choice(["", "", ">8", "<3"])


def valid_format(rng):
    """A template that usually formats: consistent numbering, existing
    names, specs fitting the arguments."""
    args = tuple(rng.choice(VALUES + [("ab", 1.5), ("\u00e9",)]) for _ in range(rng.randint(1, 4)))
    kwargs = {"w": rng.choice([0, 1, 3, 8, 12]), "p": rng.choice([0, 1, 2, 4, 6])}
    for k in ["a", "b"]:
        if rng.random() < 0.6:
            kwargs[k] = rng.choice(VALUES)
    style = rng.choice(["auto", "manual", "named", "mixed"])
    parts = []
    n_auto = 0
    for _ in range(rng.randint(1, 4)):
        parts.append(rng.choice(["", "", "x", " = ", "{{", "}}", "\u00e9 ", "|"]))
        if style == "auto" or (style == "mixed" and rng.random() < 0.5):
            if n_auto >= len(args):
                continue
            name, v = "", args[n_auto]
            n_auto += 1
        elif style == "manual" or style == "mixed" and n_auto == 0:
            i = rng.randrange(len(args))
            name, v = str(i), args[i]
        else:
            k = rng.choice([k for k in kwargs if k not in "wp"] or ["w"])
            name, v = k, kwargs[k]
        if style == "mixed" and name.isdigit():
            name, v = rng.choice([(k, kwargs[k]) for k in kwargs])
        access = ""
        if isinstance(v, tuple) and v and rng.random() < 0.6:
            access, v = "[0]", v[0]
        elif isinstance(v, int) and rng.random() < 0.1:
            access = rng.choice([".real", ".imag", ".numerator", ".denominator"])
            v = getattr(v, access[1:])
        elif isinstance(v, float) and rng.random() < 0.1:
            access = rng.choice([".real", ".imag"])
            v = getattr(v, access[1:])
        conv = ""
        if rng.random() < 0.15:
            conv = rng.choice(["!r", "!s", "!a"])
            v = {"!r": repr, "!s": str, "!a": ascii}[conv](v)
        spec = ""
        if rng.random() < 0.8:
            spec = ":" + typed_spec(rng, v)
        parts.append("{" + name + access + conv + spec + "}")
    parts.append(rng.choice(["", "", "!", "\U0001F600"]))
    return "".join(parts), args, kwargs


def random_format(rng):
    if rng.random() < 0.7:
        return valid_format(rng)
    parts = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4])):
        parts.append(rng.choice(LIT))
        parts.append(random_field(rng))
    parts.append(rng.choice(LIT))
    fmt = "".join(parts)
    args = tuple(format_arg(rng) for _ in range(rng.choice([0, 1, 2, 3, 3, 4, 5])))
    if re.search(r":[^}]*\{", fmt):
        # A positional argument may become a nested width or precision:
        # keep CPython from building strings of millions of characters.
        args = tuple(rng.choice([5, 12]) if isinstance(a, int) and 10**4 < abs(a) < 10**19 else a
                     for a in args)
    kwargs = {}
    for k in ["a", "b", "x", "w", "p", "f"]:
        if rng.random() < 0.4:
            if k in "wp":
                kwargs[k] = rng.choice([0, 1, 3, 8, 12, -1, "5", 2.5])
            elif k == "f":
                kwargs[k] = rng.choice(["*<", "0=", "x>", "^", "\u00e9<", "ab"])
            else:
                kwargs[k] = format_arg(rng)
    return fmt, args, kwargs


CURATED_FMT = [
    ("{1}", (1,), {}), ("{0[a:b]}", ((1,),), {}), ("{}{1}", (1, 2), {}), ("{1}{}", (1, 2), {}),
    ("{a}{}", (1,), {"a": 2}), ("{}", (), {}), ("{x}", (), {}), ("{0.real}", (5,), {}),
    ("{0.imag}", (5,), {}), ("{0.foo}", (5,), {}), ("{0.real}", (1.5,), {}), ("{0.imag}", (1.5,), {}),
    ("{0.numerator}", (True,), {}), ("{0.denominator}", (7,), {}), ("{0.real}", ("s",), {}),
    ("{0.real}", (10**30,), {}), ("{0.real:x}", (True,), {}), ("{0.foo}", (None,), {}),
    ("{0.foo}", ((1,),), {}), ("{0.hex}", (1.5,), {}),
    ("{0[0]}", ("abc",), {}), ("{0[-1]}", ("abc",), {}), ("{0[x]}", ("abc",), {}), ("{0[5]}", ((1, 2),), {}),
    ("{0[]}", ((1,),), {}), ("{0.}", (1,), {}), ("{0[0]x}", ((1,),), {}), ("{0[0}", ((1,),), {}),
    ("{0!}", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{0!r:>5}", (1,), {}), ("{!r}", ("a",), {}),
    ("{0!\u00e9}", (1,), {}), ("{0!\x01}", (1,), {}), ("{0!\x00}", (1,), {}), ("{:{}}", (1, 5), {}),
    ("{:{}.{}f}", (1.5, 10, 3), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{0:{1}}", ("abc", "s"), {}),
    ("{0:{1:{2}}}", ("abc", "s", ""), {}), ("{", (), {}), ("}", (), {}), ("{{", (), {}), ("}}", (), {}),
    ("a{b", (), {}), ("a}b", (), {}), ("{0", (), {}), ("{0:", (), {}), ("{0!r", (), {}), ("{0:{", (), {}),
    ("{0:}}", (1,), {}), ("{0:{}", (1,), {}), ("{:}", (1,), {}), ("{ }", (1,), {}), ("{-1}", (1,), {}),
    ("{01}", (1, 2), {}), ("{\u0663}", (1, 2, 3, 4), {}), ("{99999999999999999999}", (1,), {}),
    ("{0[99999999999999999999]}", ((1,),), {}), ("{a.b}", (), {"a": 1}), ("{a[b}", (), {"a": 1}),
    ("{a}", (), {"b": 1}), ("{0}", (), {"a": 1}), ("{}{}", (1,), {}), ("{0:{a}}", (1,), {"a": ">5"}),
    ("{0:{0}}", (5,), {}), ("{:x}", ("s",), {}), ("{:d}", (1.5,), {}), ("{!s:5}", (None,), {}),
    ("{:5}", (None,), {}), ("{:5}", ((1,),), {}), ("{:}", (None,), {}), ("{0[0]}", (5,), {}),
    ("{0[a]}", ((1,),), {}), ("{0[0]}", (None,), {}), ("{0.real.real}", (5,), {}), ("{0.real[0]}", (5,), {}),
    ("{:{}}", ("a", "{"), {}), ("{{}}", (), {}), ("{{{}}}", (5,), {}), ("{}}", (5,), {}), ("{{}", (5,), {}),
    ("{0}}}", (5,), {}), ("{x[}", (), {"x": 1}), ("{x]}", (), {"x": 1}), ("{0[0]!r}", (("\u00e9",),), {}),
    ("{0!a}", ("\u00e9",), {}), ("{0:%}", (0.5,), {}), ("{0[1]", ((1, 2),), {}), ("{0[1]:", ((1, 2),), {}),
    ("{:{{}}}", (5,), {}), ("{0[1][0]}", ((1, "ab"),), {}), ("{0[1].real}", ((1, 2),), {}),
    ("{!r:{}}", (1, 5), {}), ("{0:{1}}{2}", (1, 2, 3), {}), ("{:{}}{}", (1, 2, 3), {}), ("{:{0}}", (1,), {}),
    ("{0:{1}{2}}", (1.5, ">", 10), {}), ("{0:{{}}}", (1,), {}), ("{.real}", (3,), {}), ("{[0]}", ((1,),), {}),
    ("{0[}]}", ((1,),), {}), ("{0[{]}", ((1,),), {}), ("{0[!]}", ((1,),), {}), ("{0[0]:{1}}", (("ab",), 5), {}),
    ("{0.__class__}", (1,), {}), ("{0.upper}", ("a",), {}), ("{0.__foo__}", (1,), {}),
    ("\u00e9{0:\u00e9^7}\U0001F600", ("\u65e5",), {}), ("{0:{1}}", (1, "\u0663"), {}),
    ("{:,}", (10**30,), {}), ("{:_x}", (-(2**70),), {}), ("{}", (10**400,), {}),
]

CURATED_MAP = [
    ("{a}", 5), ("{0}", ()), ("{}", ()), ("{a}", (1,)), ("abc", 5), ("{{}}", None), ("{a", 5), ("{0[0]}", 1),
]


def main():
    n_random = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    rng = random.Random(311)
    cases = []  # (input line, expected, description)

    def pct(fmt, args):
        cases.append((f"M {encode(fmt)} {encode(args)}", py_expect(lambda: fmt % args),
                      f"{fmt!r} % {args!r:.60}"))

    def fmt_call(fmt, args, kwargs):
        kw = " ".join(f"{encode(k)} {encode(v)}" for k, v in kwargs.items())
        line = f"S {encode(fmt)} {len(args)} {' '.join(encode(a) for a in args)} {len(kwargs)} {kw}"
        cases.append((line, py_expect(lambda: fmt.format(*args, **kwargs)),
                      f"{fmt!r}.format(*{args!r:.60}, **{kwargs!r:.60})"))

    for fmt, args in CURATED_PCT:
        pct(fmt, args)
    n_pct_curated = len(cases)
    for _ in range(n_random):
        pct(*random_pct(rng))
    # Every conversion with every flag combination over every value.
    for conv in PCT_CONV[:-1]:
        for v in VALUES:
            for flags in ["", "#", "+", " ", "0", "-", "+#0", "- "]:
                for wp in ["", "8", ".3", "12.5", ".0"]:
                    pct(f"%{flags}{wp}{conv}", (v,))
    n_pct = len(cases)
    for fmt, args, kwargs in CURATED_FMT:
        fmt_call(fmt, args, kwargs)
    for _ in range(n_random):
        fmt_call(*random_format(rng))
    for fmt, mapping in CURATED_MAP:
        cases.append((f"P {encode(fmt)} {encode(mapping)}", py_expect(lambda: fmt.format_map(mapping)),
                      f"{fmt!r}.format_map({mapping!r})"))
    print(f"% cases: {n_pct} ({n_pct_curated} curated); format cases: {len(cases) - n_pct}")
    run(cases, DRIVER)


if __name__ == "__main__":
    main()
