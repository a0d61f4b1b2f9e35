#!/usr/bin/env python3
"""Generate (or check) the expected output of the golden test cases.

Usage:
    python3 tools/bless.py [--check] [PATHS...]

PATHS may be case files (``x.py``) or directories (searched recursively for
``*.py``).  With no PATHS, every ``tests/cases/**/*.py`` is processed.

For each case ``x.py`` the CPython 3.11 oracle is run with
``PYTHONHASHSEED=0``, ``PYTHONIOENCODING=utf-8``, cwd = the case's directory,
stdin from ``x.in`` when it exists (else /dev/null) and a 30 s timeout.  Beside the case it writes:

    x.out   exact stdout bytes (always written, possibly empty)
    x.code  the exit code as text plus newline (only when non-zero)
    x.err   the last non-empty line of stderr plus newline (only when stderr
            is non-empty)

Stale ``x.code`` / ``x.err`` files are deleted.  With ``--check`` nothing is
written; mismatches are listed and the exit status is 1.

The oracle is ``$MOLT_ORACLE`` if set, otherwise the real binary behind
``python3.11`` (found once via ``sys.executable``, since ``python3.11`` on
PATH may be a slow shim).  The script refuses to run if the oracle is not
CPython 3.11.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIR = ROOT / "tests" / "cases"
TIMEOUT = 30


def find_oracle() -> str:
    env = os.environ.get("MOLT_ORACLE")
    if env:
        exe = env
    else:
        try:
            exe = subprocess.run(
                ["python3.11", "-c", "import sys; print(sys.executable)"],
                capture_output=True, text=True, check=True, timeout=60,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError) as e:
            sys.exit(f"bless: cannot find python3.11 ({e}); set MOLT_ORACLE")
    try:
        out = subprocess.run(
            [exe, "-c",
             "import sys, platform; print(platform.python_implementation(), "
             "sys.version_info[0], sys.version_info[1])"],
            capture_output=True, text=True, check=True, timeout=60,
        ).stdout.split()
    except (OSError, subprocess.SubprocessError) as e:
        sys.exit(f"bless: cannot run oracle {exe!r}: {e}")
    if out != ["CPython", "3", "11"]:
        got = " ".join(out[:1] + [".".join(out[1:])]) if out else "unknown"
        sys.exit(f"bless: refusing to run: oracle {exe!r} is {got}, "
                 "need CPython 3.11 (set MOLT_ORACLE to a python3.11 binary)")
    return exe


def collect(paths: list[str]) -> list[Path]:
    if not paths:
        paths = [str(DEFAULT_DIR)]
    cases: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            cases.extend(sorted(path.rglob("*.py")))
        elif path.suffix == ".py" and path.is_file():
            cases.append(path)
        else:
            sys.exit(f"bless: not a .py file or directory: {p}")
    seen: set[Path] = set()
    out = []
    for c in cases:
        r = c.resolve()
        if r not in seen:
            seen.add(r)
            out.append(r)
    return out


def run_case(oracle: str, case: Path) -> dict[str, bytes | None]:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    for var in ("PYTHONSTARTUP", "PYTHONPATH", "PYTHONWARNINGS",
                "PYTHONINTMAXSTRDIGITS", "PYTHONDONTWRITEBYTECODE"):
        env.pop(var, None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    stdin_path = case.with_suffix(".in")
    stdin = stdin_path.read_bytes() if stdin_path.exists() else b""
    try:
        proc = subprocess.run(
            [oracle, case.name], cwd=case.parent, env=env,
            input=stdin, capture_output=True, timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{case}: timed out after {TIMEOUT} s")
    expected: dict[str, bytes | None] = {".out": proc.stdout}
    expected[".code"] = (b"%d\n" % proc.returncode) if proc.returncode else None
    err_lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    expected[".err"] = (err_lines[-1] + b"\n") if err_lines else None
    return expected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare instead of writing; exit 1 on mismatch")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    oracle = find_oracle()
    cases = collect(args.paths)
    if not cases:
        print("bless: no cases found")
        return 0

    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 4) as pool:
        futures = {c: pool.submit(run_case, oracle, c) for c in cases}
        results = {}
        for c in cases:
            try:
                results[c] = futures[c].result()
            except RuntimeError as e:
                print(f"bless: {e}", file=sys.stderr)
                return 2

    changed = []
    for case in cases:
        diffs = []
        for ext, want in results[case].items():
            target = case.with_suffix(ext)
            have = target.read_bytes() if target.exists() else None
            if have == want:
                continue
            diffs.append(ext)
            if not args.check:
                if want is None:
                    target.unlink()
                else:
                    target.write_bytes(want)
        if diffs:
            changed.append(case)
            try:
                rel = case.relative_to(ROOT)
            except ValueError:
                rel = case
            verb = "mismatch" if args.check else "updated"
            print(f"{verb}: {rel} ({', '.join(diffs)})")

    n = len(cases)
    if args.check:
        print(f"bless --check: {n} cases, {len(changed)} mismatched")
        return 1 if changed else 0
    print(f"bless: {n} cases, {len(changed)} updated, {n - len(changed)} unchanged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
