#!/usr/bin/env python3
"""Probe every CPython 3.11 builtin name against Molt.

Usage:
    python3 tools/probe_builtins.py [--molt PATH] [--keep DIR] [NAMES...]

For each name in ``dir(builtins)`` (or the NAMES given) this writes one or
more small programs (a typical use of the name, and the name as a value) and
classifies each:

    identical  `molt check` accepts it and `molt compare` finds the same
               stdout, exit code and last stderr line as CPython
    refused    `molt check` refuses it with exit code 2 (a diagnostic)
    MISMATCH   accepted, but behaves differently from CPython
    BROKEN     anything else (an internal error, a crash, a timeout)

The contract is that every program is identical or refused; the script
exits 1 when any is a MISMATCH or BROKEN, and prints a summary table.
"""

from __future__ import annotations

import argparse
import builtins
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Typical uses, by name. Every name also gets `print(NAME)` (the name as a
# value) unless listed in NO_VALUE_PROBE.
USES: dict[str, list[str]] = {
    "Ellipsis": ["print(Ellipsis, ...)\nprint(Ellipsis is ..., ... == ...)\n"],
    "NotImplemented": ["x = NotImplemented\nprint(x, x is NotImplemented)\n"],
    "__build_class__": ["__build_class__(None, 'C')\n"],
    "__debug__": ["if __debug__:\n    print('debug')\n"],
    "__doc__": ['"""The docstring."""\nprint(__doc__)\n', "print(__doc__)\n"],
    "__file__": ["print(__file__.split('/')[-1])\n"],
    "__import__": ["m = __import__('math')\nprint(m.pi)\n"],
    "__loader__": ["print(__loader__ is None)\n"],
    "__name__": ["if __name__ == '__main__':\n    print('main')\n"],
    "__package__": ["print(__package__)\n"],
    "__spec__": ["print(__spec__)\n"],
    "abs": ["print(abs(-3), abs(2.5))\n"],
    "aiter": ["print(aiter([]))\n"],
    "anext": ["print(anext(iter([])))\n"],
    "all": ["print(all([1, 2]), all([]))\n"],
    "any": ["print(any([0, 1]), any([]))\n"],
    "ascii": ["print(ascii('é'))\n"],
    "bin": ["print(bin(5))\n"],
    "bool": ["print(bool(3), bool(''))\n"],
    "breakpoint": ["breakpoint()\n"],
    "bytearray": ["print(bytearray(b'ab'))\n"],
    "bytes": ["print(bytes('xyz', 'ascii'), bytes(3))\n"],
    "callable": ["def f():\n    pass\nprint(callable(len), callable(f), callable(3))\n"],
    "chr": ["print(chr(65))\n"],
    "classmethod": ["f = classmethod(len)\n"],
    "compile": ["c = compile('1', 'x', 'eval')\n"],
    "complex": ["print(complex(1, 2))\n"],
    "copyright": ["copyright()\n"],
    "credits": ["credits()\n"],
    "delattr": ["delattr(3, 'real')\n"],
    "dict": ["print(dict(a=1))\n"],
    "dir": ["print(dir([]))\n"],
    "divmod": ["print(divmod(7, 2))\n"],
    "enumerate": ["print(list(enumerate('ab')))\n"],
    "eval": ["print(eval('1 + 1'))\n"],
    "exec": ["exec('print(1)')\n"],
    "exit": ["print('a')\nexit(3)\n", "exit()\n", "exit('bye')\n"],
    "filter": ["print(list(filter(None, [0, 1])))\n"],
    "float": ["print(float('1.5'))\n"],
    "format": ["print(format(3.5, '.2f'))\n"],
    "frozenset": ["print(frozenset([1]))\n"],
    "getattr": [
        "print(getattr(range(3), 'stop'), getattr(3, 'nope', 'dflt'))\n",
        "print(getattr('abc', 'upper')())\n",
    ],
    "globals": ["print(globals()['x'])\nx = 1\n"],
    "hasattr": ["print(hasattr('a', 'upper'), hasattr(3, 'nope'))\n"],
    "hash": ["print(hash(3))\n"],
    "help": ["help(len)\n"],
    "hex": ["print(hex(255))\n"],
    "id": ["a = [1]\nb = a\nprint(id(a) == id(b), id(a) == id([1]))\n"],
    "input": ["print(input())\n"],
    "int": ["print(int('7'))\n"],
    "isinstance": ["print(isinstance(3, int))\n"],
    "issubclass": ["print(issubclass(bool, int))\n"],
    "iter": ["print(next(iter([4])))\n"],
    "len": ["print(len('abc'))\n"],
    "license": ["license()\n"],
    "list": ["print(list('ab'))\n"],
    "locals": ["print(locals())\n"],
    "map": ["print(list(map(str, [1])))\n"],
    "max": ["print(max(1, 2))\n"],
    "memoryview": ["print(memoryview(b'a')[0])\n"],
    "min": ["print(min(1, 2))\n"],
    "next": ["print(next(iter([4])))\n"],
    "object": ["o = object()\nprint(o is o)\n"],
    "oct": ["print(oct(8))\n"],
    "open": ["f = open('/dev/null')\n"],
    "ord": ["print(ord('a'))\n"],
    "pow": ["print(pow(2, 10))\n"],
    "print": ["print('hi')\n"],
    "property": ["p = property(len)\n"],
    "quit": ["print('a')\nquit(4)\n", "quit()\n"],
    "range": ["print(list(range(3)))\n"],
    "repr": ["print(repr('a'))\n"],
    "reversed": ["print(list(reversed([1, 2])))\n"],
    "round": ["print(round(2.567, 2))\n"],
    "set": ["print(set([1]))\n"],
    "setattr": ["setattr(3, 'real', 4)\n"],
    "slice": ["print(slice(1, 2))\n"],
    "sorted": ["print(sorted([2, 1]))\n"],
    "staticmethod": ["s = staticmethod(len)\n"],
    "str": ["print(str(3))\n"],
    "sum": ["print(sum([1, 2]))\n"],
    "super": ["super()\n"],
    "tuple": ["print(tuple([1]))\n"],
    "type": ["print(type(3))\n", "print(type)\n", "t = type\nprint(t(3))\n"],
    "vars": ["print(vars())\n"],
    "zip": ["print(list(zip([1], [2])))\n"],
}

# Exception classes: raised, and used as values.
EXC_USES = [
    "print({n})\n",
    "e = {n}('m')\nprint(e)\n",
    "raise {n}('m')\n",
]


def programs(name: str) -> list[str]:
    """The programs probing `name`."""
    obj = getattr(builtins, name, None)
    if isinstance(obj, type) and issubclass(obj, BaseException):
        return [u.format(n=name) for u in EXC_USES]
    out = list(USES.get(name, []))
    out.append(f"print({name})\n")
    out.append(f"x = {name}\nprint(x is {name})\n")
    return out


def run(cmd: list[str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)


def classify(molt: str, path: Path) -> tuple[str, str]:
    """(verdict, detail) of one program."""
    try:
        chk = run([molt, "check", str(path)])
        if chk.returncode == 2:
            lines = [l for l in chk.stderr.splitlines() if "error[" in l]
            return "refused", lines[0].split("error", 1)[1] if lines else ""
        if chk.returncode != 0:
            return "BROKEN", f"check exit {chk.returncode}: {chk.stderr.strip()[-200:]}"
        cmp = run([molt, "compare", str(path)])
    except subprocess.TimeoutExpired:
        return "BROKEN", "timeout"
    if cmp.returncode == 0:
        return "identical", ""
    detail = " | ".join(l.strip() for l in cmp.stdout.splitlines()[1:8])
    return "MISMATCH", detail


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--molt", default=str(ROOT / "target" / "release" / "molt"))
    ap.add_argument("--keep", help="write the programs into this directory")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every program")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    names = args.names or [n for n in dir(builtins) if not n.startswith("_") or n in USES]
    if not args.names:
        names.append("__file__")
    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="molt_probe_"))
    workdir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    bad = []
    for name in names:
        for i, src in enumerate(programs(name)):
            path = workdir / f"probe_{name}_{i}.py"
            path.write_text(src)
            verdict, detail = classify(args.molt, path)
            counts[verdict] = counts.get(verdict, 0) + 1
            if verdict in ("MISMATCH", "BROKEN"):
                bad.append((name, i, verdict, detail, src))
            if args.verbose or verdict in ("MISMATCH", "BROKEN"):
                print(f"{verdict:9} {name}[{i}] {detail}")
    for name, i, verdict, detail, src in bad:
        print(f"\n--- {verdict} {name}[{i}]:\n{src.rstrip()}\n    {detail}")
    total = sum(counts.values())
    print(f"\n{len(names)} names, {total} programs: "
          + ", ".join(f"{v} {counts[v]}" for v in sorted(counts)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
