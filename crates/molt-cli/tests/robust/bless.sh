#!/usr/bin/env bash
# Writes the expected results of the robustness cases from CPython 3.11:
# each case's first line (`# molt-robust: SHELL`) says how it is run (under
# `ulimit -v`, with stdout to /dev/full, into a pipe, with a stream closed);
# crates/molt-cli/tests/robust.rs runs the Molt executable the same way.
# For each x.py: x.out (stdout), x.code (exit status), x.err (last line of
# stderr). Usage: crates/molt-cli/tests/robust/bless.sh [CASE.py...]
set -u
cd "$(dirname "$0")"
py=$(python3.11 -c 'import sys; print(sys.executable)')
for case in "${@:-*.py}"; do
    for f in $case; do
        base=${f%.py}
        snippet=$(head -1 "$f" | sed -n 's/^# molt-robust: //p')
        env -u PYTHONUNBUFFERED PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 \
            bash -c "$snippet" bash "$py" "$f" > "$base.out" 2> "$base.stderr" < /dev/null
        echo $? > "$base.code"
        grep -v '^$' "$base.stderr" | tail -1 > "$base.err"
        rm -f "$base.stderr"
        echo "$base: exit $(cat "$base.code"), $(cat "$base.err")"
    done
done
