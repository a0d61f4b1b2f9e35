#!/usr/bin/env python3
"""Differential fuzzing of the scalar subset: generates random programs
(int/float/bool arithmetic, comparisons, loops, pure and impure functions),
runs each under CPython 3.11 and `molt`, and reports any difference.

usage: python3 tools/fuzz_scalar.py [N] [SEED]  (needs a built target/release/molt)
"""
import os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MOLT = os.path.join(ROOT, "target", "release", "molt")
ORACLE = os.environ.get("MOLT_ORACLE") or subprocess.run(
    ["python3.11", "-c", "import sys; print(sys.executable)"], capture_output=True, text=True).stdout.strip()

INT_LITS = ["0", "1", "-1", "2", "3", "7", "-7", "10", "255", "65536", "2 ** 31", "2 ** 62 - 1", "-(2 ** 62)",
            "2 ** 63", "10 ** 18", "3037000500", "-3037000500", "1103515245", "(2 ** 64) + 1"]
FLOAT_LITS = ["0.0", "0.5", "-1.5", "2.0", "1e-3", "3.25", "1e300", "-0.0", "7.0"]


def int_expr(vars_, depth):
    if depth <= 0 or random.random() < 0.3:
        return random.choice(vars_ + INT_LITS) if vars_ else random.choice(INT_LITS)
    op = random.choice(["+", "-", "*", "//", "%", "&", "|", "^", ">>", "<<"])
    a, b = int_expr(vars_, depth - 1), int_expr(vars_, depth - 1)
    if op in ("//", "%"):
        b = random.choice(["3", "7", "-7", "65536", "1000000007", "2 ** 31", "(" + b + ") % 5 + 1"])
    if op in (">>", "<<"):
        b = random.choice(["1", "3", "17", "63", "64"])
    return f"({a} {op} {b})"


def float_expr(fvars, ivars, depth):
    if depth <= 0 or random.random() < 0.3:
        return random.choice(fvars + FLOAT_LITS) if fvars else random.choice(FLOAT_LITS)
    op = random.choice(["+", "-", "*", "/"])
    a = float_expr(fvars, ivars, depth - 1)
    b = float_expr(fvars, ivars, depth - 1) if random.random() < 0.7 else random.choice(ivars or ["2"])
    if op == "/":
        b = f"({b} + 0.125)" if random.random() < 0.8 else b
    return f"({a} {op} {b})"


def program():
    lines = []
    nfun = random.randint(1, 3)
    for k in range(nfun):
        pure = random.random() < 0.6
        lines.append(f"def f{k}(a: int, b: int, x: float) -> int:")
        lines.append("    acc = a")
        lines.append("    y = x")
        lines.append(f"    for i in range({random.choice(['b % 50', '10', 'a % 7 + 3', '0'])}):")
        lines.append(f"        acc = {int_expr(['acc', 'i', 'a', 'b'], 2)}")
        lines.append(f"        y = {float_expr(['y', 'x'], ['i'], 2)}")
        if not pure:
            lines.append("        if i % 3 == 0:")
            lines.append("            print('f', i, acc % 1000, y > 0.0)")
        lines.append(f"        if acc > {random.choice(['10 ** 12', '2 ** 62', '1000'])}:")
        lines.append(f"            acc = acc % {random.choice(['1000003', '97', '2 ** 40'])}")
        lines.append(f"    if {int_expr(['acc', 'a'], 1)} < {int_expr(['b'], 1)}:")
        lines.append("        return acc")
        lines.append(f"    return acc + {random.choice(['1', 'b', 'a * b', '2 ** 62'])}")
        lines.append("")
    for _ in range(random.randint(3, 8)):
        k = random.randrange(nfun)
        a, b = random.choice(INT_LITS), random.choice(INT_LITS)
        x = random.choice(FLOAT_LITS)
        lines.append(f"print(f{k}({a}, {b}, {x}))")
    lines.append(f"print({int_expr([], 3)}, {float_expr([], [], 2)})")
    return "\n".join(lines) + "\n"


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, capture_output=True, cwd=cwd, timeout=20, env=dict(os.environ, PYTHONHASHSEED="0"))
    except subprocess.TimeoutExpired:
        return None
    err = [l for l in p.stderr.decode(errors="replace").splitlines() if l.strip()]
    return p.returncode, p.stdout, err[-1] if err else ""


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for i in range(n):
            src = program()
            path = os.path.join(d, f"p{i}.py")
            open(path, "w").write(src)
            want = run([ORACLE, path], d)
            if want is None:
                continue
            got = run([MOLT, "run", path], d)
            if got != want:
                bad += 1
                keep = os.path.join(tempfile.gettempdir(), f"molt_fuzz_{i}.py")
                open(keep, "w").write(src)
                print(f"MISMATCH {keep}: python={want!r:.300} molt={got!r:.300}")
    print(f"{n} programs, {bad} mismatches")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
