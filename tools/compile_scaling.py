#!/usr/bin/env python3
"""Measure how Molt's compile time and memory grow with program size.

Usage: python3 tools/compile_scaling.py [--molt PATH] [--sizes N,N,...]

For each shape from issue 10 (a long function, a long module body, a big
dict display, many small functions, an elif chain) it generates programs of
each size, compiles each with `molt build` under /usr/bin/time, and prints
a table of seconds and peak MB, plus the ratio between successive sizes
(linear growth doubles the time when the size doubles). Nothing is timed
in the test suite: this is a measuring tool.
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def long_function(n: int) -> str:
    body = "".join(f"    x = x + {i % 7}\n" for i in range(n))
    return f"def f():\n    x = 0\n{body}    return x\nprint(f())\n"


def module_body(n: int) -> str:
    return "x = 0\n" + "".join(f"x = x + {i % 7}\n" for i in range(n)) + "print(x)\n"


def dict_display(n: int) -> str:
    items = ", ".join(f"{i}: {i * 3}" for i in range(n))
    return f"d = {{{items}}}\nprint(len(d))\n"


def many_functions(n: int) -> str:
    defs = "".join(f"def f{i}(a):\n    return a + {i}\n" for i in range(n))
    calls = " + ".join(f"f{i}(1)" for i in range(min(n, 50)))
    return defs + f"print({calls})\n"


def elif_chain(n: int) -> str:
    lines = ["x = len(__name__)", "if x == 0:", "    print(0)"]
    for i in range(1, n):
        lines += [f"elif x == {i}:", f"    print({i})"]
    lines += ["else:", "    print(-1)"]
    return "\n".join(lines) + "\n"


SHAPES = {
    "function statements": long_function,
    "module statements": module_body,
    "dict display entries": dict_display,
    "small functions": many_functions,
    "elif clauses": elif_chain,
}


def measure(molt: str, source: str, work: Path) -> tuple[float, float, int]:
    prog = work / "prog.py"
    prog.write_text(source)
    timing = work / "time.txt"
    cmd = ["/usr/bin/time", "-f", "%e %M", "-o", str(timing), molt, "build", str(prog), "-o", str(work / "prog")]
    r = subprocess.run(cmd, capture_output=True, timeout=900)
    secs, kb = timing.read_text().split()[-2:]
    return float(secs), int(kb) / 1024, r.returncode


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--molt", default=str(ROOT / "target" / "release" / "molt"))
    ap.add_argument("--sizes", default="1000,2000,4000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'shape':24} {'size':>7} {'seconds':>9} {'peak MB':>9} {'x prev':>7}")
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        for name, make in SHAPES.items():
            prev = None
            for n in sizes:
                secs, mb, rc = measure(args.molt, make(n), work)
                ratio = f"{secs / prev:.1f}" if prev else ""
                note = "" if rc == 0 else f"  (exit {rc})"
                print(f"{name:24} {n:>7} {secs:>9.2f} {mb:>9.0f} {ratio:>7}{note}", flush=True)
                prev = max(secs, 0.01)


if __name__ == "__main__":
    main()
